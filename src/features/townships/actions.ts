"use server";
import { defineAction } from "@/server/action";
import { createTownshipAction, deleteTownshipAction, updateTownshipAction } from "./mutations";

// Township names appear in the village and pairing lists too.
const revalidate = ["/townships", "/villages", "/pairings"];

export const createTownship = defineAction({ ...createTownshipAction, revalidate });
export const updateTownship = defineAction({ ...updateTownshipAction, revalidate });
export const deleteTownship = defineAction({ ...deleteTownshipAction, revalidate });
