"use server";
import { defineAction } from "@/server/action";
import { createInspectionAction, createRectificationAction } from "./mutations-inspections";
import { closeRectificationAction, reportRectificationAction, returnRectificationAction } from "./mutations-rectifications";
import { assignContactPointAction, createVisitAction } from "./mutations-visits";

// Supervision shows on its own pages, the home page's queues, the ledgers and the dashboard.
const revalidate = ["/supervision", "/", "/pairings", "/dashboard"];

export const createInspection = defineAction({ ...createInspectionAction, revalidate });
export const createRectification = defineAction({ ...createRectificationAction, revalidate });
export const reportRectification = defineAction({ ...reportRectificationAction, revalidate });
export const closeRectification = defineAction({ ...closeRectificationAction, revalidate });
export const returnRectification = defineAction({ ...returnRectificationAction, revalidate });
export const createVisit = defineAction({ ...createVisitAction, revalidate });
export const assignContactPoint = defineAction({ ...assignContactPointAction, revalidate });
