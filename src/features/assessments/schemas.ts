import { z } from "zod";
import { AssessmentSettingsInput, MAX_ADJUSTMENT } from "@/domain/assessment";
import { recordId } from "@/domain/ids";
import { requiredText } from "@/lib/form-fields";

/** A year the assessment can be about (a hidden field or the year picker). */
const year = () =>
  z.preprocess((v) => (typeof v === "string" ? Number(v) : v), z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(2000, { error: "validation.invalid" }).max(2100, { error: "validation.invalid" }));

/** The campaign assessed (a hidden field): each campaign is assessed, frozen and set up apart. */
const campaign = { campaignId: recordId() };

export const YearInput = z.object({ ...campaign, year: year() });

/** The settings form, for one campaign. */
export const CampaignSettingsInput = z.object({ ...campaign }).and(AssessmentSettingsInput);

/** Points added to (or taken from) the computed score, with the reason the department gives. */
export const AdjustmentInput = z.object({
  ...campaign,
  year: year(),
  subject: z.enum(["unit", "village"], { error: "validation.invalid" }),
  id: recordId(),
  adjustment: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? Number.NaN : Number(v.trim())) : v),
    z
      .number({ error: "validation.number" })
      .min(-MAX_ADJUSTMENT, { error: "assessments.validation.adjustmentRange" })
      .max(MAX_ADJUSTMENT, { error: "assessments.validation.adjustmentRange" })
      .refine((n) => Math.round(n * 100) === n * 100 || Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: "assessments.validation.twoDecimals" }),
  ),
  reason: requiredText(500),
});
