"use server";
import { defineAction } from "@/server/action";
import { createIndicatorAction, deleteIndicatorAction, setIndicatorActiveAction, updateIndicatorAction } from "./mutations";

// The catalogue feeds the activity forms and lists, and the dashboard's labels.
const revalidate = ["/indicators", "/activities", "/dashboard"];

export const createIndicator = defineAction({ ...createIndicatorAction, revalidate });
export const updateIndicator = defineAction({ ...updateIndicatorAction, revalidate });
export const setIndicatorActive = defineAction({ ...setIndicatorActiveAction, revalidate });
export const deleteIndicator = defineAction({ ...deleteIndicatorAction, revalidate });
