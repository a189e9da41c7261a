"use server";
import { defineAction } from "@/server/action";
import { createVillageAction, deleteVillageAction, updateVillageAction } from "./mutations";

// Village names appear on township pages and in pairing lists too.
const revalidate = ["/villages", "/townships", "/pairings"];

export const createVillage = defineAction({ ...createVillageAction, revalidate });
export const updateVillage = defineAction({ ...updateVillageAction, revalidate });
export const deleteVillage = defineAction({ ...deleteVillageAction, revalidate });
