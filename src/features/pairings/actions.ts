"use server";
import { defineAction } from "@/server/action";
import { createPairingAction, deletePairingAction, endPairingAction, reopenPairingAction, updatePairingAction } from "./mutations";

// Pairings show on their own pages, on unit, village and township pages and on the home page:
// the whole app's layout is revalidated.
const revalidate = ["/"];

export const createPairing = defineAction({ ...createPairingAction, revalidate });
export const updatePairing = defineAction({ ...updatePairingAction, revalidate });
export const endPairing = defineAction({ ...endPairingAction, revalidate });
export const reopenPairing = defineAction({ ...reopenPairingAction, revalidate });
export const deletePairing = defineAction({ ...deletePairingAction, revalidate });
