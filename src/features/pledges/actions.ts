"use server";
import { defineAction } from "@/server/action";
import {
  confirmPledgeAction,
  createPledgeAction,
  fulfilPledgeAction,
  reviewPledgeAction,
  startPledgeAction,
  updatePledgeAction,
} from "./mutations";

// Pledges appear in their list, the home page's work queues, the ledgers and the dashboard.
const revalidate = ["/pledges", "/", "/pairings", "/dashboard"];

export const createPledge = defineAction({ ...createPledgeAction, revalidate });
export const updatePledge = defineAction({ ...updatePledgeAction, revalidate });
export const startPledge = defineAction({ ...startPledgeAction, revalidate });
export const fulfilPledge = defineAction({ ...fulfilPledgeAction, revalidate });
export const reviewPledge = defineAction({ ...reviewPledgeAction, revalidate });
export const confirmPledge = defineAction({ ...confirmPledgeAction, revalidate });
