import { z } from "zod";
import { calendarDay } from "@/domain/days";
import { recordId } from "@/domain/ids";
import { requiredText } from "@/lib/form-fields";
import { editedVersion } from "@/server/versioned-update";

/** "YYYY-MM", or blank when no survey month is planned. */
const surveyMonth = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "campaigns.validation.month" }).nullable(),
);

const fields = {
  name: requiredText(100),
  startsOn: calendarDay(),
  endsOn: calendarDay(),
  surveyPeriod: surveyMonth,
};

const endsAfterStart = (v: { startsOn: Date; endsOn: Date }) => v.endsOn >= v.startsOn;
const endBeforeStart = { error: "campaigns.validation.endBeforeStart", path: ["endsOn"] };

export const CampaignInput = z.object(fields).refine(endsAfterStart, endBeforeStart);

export const CampaignUpdateInput = z.object({ ...fields, id: recordId(), version: editedVersion() }).refine(endsAfterStart, endBeforeStart);

export type CampaignInput = z.output<typeof CampaignInput>;
