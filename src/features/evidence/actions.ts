"use server";
import { defineAction } from "@/server/action";
import { updateEvidenceSettingsAction } from "./mutations";

// The warnings show on activities, their lists and the dashboard.
export const updateEvidenceSettings = defineAction({ ...updateEvidenceSettingsAction, revalidate: ["/evidence-settings", "/activities", "/dashboard"] });
