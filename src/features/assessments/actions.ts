"use server";
import { defineAction } from "@/server/action";
import { adjustScoreAction, freezeYearAction, unfreezeYearAction, updateAssessmentSettingsAction } from "./mutations";

const revalidate = ["/assessments"];

export const updateAssessmentSettings = defineAction({ ...updateAssessmentSettingsAction, revalidate });
export const adjustScore = defineAction({ ...adjustScoreAction, revalidate });
export const freezeYear = defineAction({ ...freezeYearAction, revalidate });
export const unfreezeYear = defineAction({ ...unfreezeYearAction, revalidate });
