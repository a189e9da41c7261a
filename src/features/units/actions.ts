"use server";
import { defineAction } from "@/server/action";
import { createUnitAction, deleteUnitAction, updateUnitAction } from "./mutations";

const revalidate = ["/units"];

export const createUnit = defineAction({ ...createUnitAction, revalidate });
export const updateUnit = defineAction({ ...updateUnitAction, revalidate });
export const deleteUnit = defineAction({ ...deleteUnitAction, revalidate });
