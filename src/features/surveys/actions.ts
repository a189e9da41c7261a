"use server";
import { defineAction } from "@/server/action";
import { saveSurveyTownshipAction } from "./mutations";

// Survey rates show on the survey pages, the ledgers (the village's own) and the dashboard.
export const saveSurveyTownship = defineAction({ ...saveSurveyTownshipAction, revalidate: ["/surveys", "/pairings", "/dashboard"] });
