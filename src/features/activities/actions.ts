"use server";
import { defineAction } from "@/server/action";
import { confirmActivityAction } from "./mutations-confirm";
import { resolveDisputeAction } from "./mutations-dispute";
import { createActivityAction, deleteActivityAction, submitActivityAction, updateActivityAction } from "./mutations-recording";
import { correctActivityAction, returnActivityAction, verifyActivityAction } from "./mutations-review";

// Activities appear in the lists, on the home page's work queues and in the pairings' ledgers.
const revalidate = ["/activities", "/", "/pairings"];

export const createActivity = defineAction({ ...createActivityAction, revalidate });
export const updateActivity = defineAction({ ...updateActivityAction, revalidate });
export const submitActivity = defineAction({ ...submitActivityAction, revalidate });
export const deleteActivity = defineAction({ ...deleteActivityAction, revalidate });
export const verifyActivity = defineAction({ ...verifyActivityAction, revalidate: [...revalidate, "/dashboard"] });
export const returnActivity = defineAction({ ...returnActivityAction, revalidate });
export const correctActivity = defineAction({ ...correctActivityAction, revalidate: [...revalidate, "/dashboard"] });
export const confirmActivity = defineAction({ ...confirmActivityAction, revalidate: [...revalidate, "/dashboard"] });
export const resolveDispute = defineAction({ ...resolveDisputeAction, revalidate: [...revalidate, "/dashboard"] });
