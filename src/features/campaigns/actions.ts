"use server";
import { defineAction } from "@/server/action";
import { createCampaignAction, updateCampaignAction } from "./mutations";

// Campaign names and periods appear in every page's campaign picker.
const revalidate = ["/campaigns", "/dashboard", "/pairings"];

export const createCampaign = defineAction({ ...createCampaignAction, revalidate });
export const updateCampaign = defineAction({ ...updateCampaignAction, revalidate });
