import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { calendarDay } from "@/domain/days";
import { chosenRecordId, recordId } from "@/domain/ids";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { optionalText, requiredText, wholeNumber, optionalWholeNumber } from "@/lib/form-fields";
import { uploadedFiles } from "@/features/attachments";

/** Largest value one activity may carry for one indicator (money in 元: 10 亿). */
const MAX_VALUE = 1_000_000_000;

/**
 * Indicator values arrive from a form as fields named "values.<indicatorId>" (so a field error
 * lands next to its input), or from code as `values: { [indicatorId]: number }`. Blank and zero
 * values are dropped: they would only add empty lines to the ledger.
 */
const indicatorValues = z
  .record(z.string().regex(/^\d+$/), wholeNumber(MAX_VALUE))
  .default({})
  .transform((record) =>
    Object.entries(record)
      .map(([id, value]) => ({ indicatorId: Number(id), value }))
      .filter((v) => v.value > 0),
  );

function gatherValues(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const values: Record<string, unknown> = { ...((raw as { values?: object }).values ?? {}) };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = /^values\.(\d+)$/.exec(key);
    if (match) values[match[1]] = value;
    else if (key !== "values") rest[key] = value;
  }
  return { ...rest, values };
}

const idList = () =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(recordId()));

const activityFields = {
  pairingId: chosenRecordId(),
  area: z.enum(CONTENT_AREAS, { error: "validation.choose" }),
  date: calendarDay(),
  title: requiredText(100),
  place: optionalText(100),
  description: optionalText(2000),
  unitParticipants: optionalWholeNumber(100_000),
  villageParticipants: optionalWholeNumber(100_000),
  values: indicatorValues,
  files: uploadedFiles(),
};

/** Save as a draft, or submit for review at once. */
const intent = z.enum(["draft", "submit"]).default("draft");

export const ActivityInput = z.preprocess(gatherValues, z.object({ ...activityFields, intent }));

export const ActivityUpdateInput = z.preprocess(
  gatherValues,
  z.object({ ...activityFields, intent, id: recordId(), version: editedVersion(), removeAttachment: idList() }),
);

/** ADMIN's correction of a VERIFIED activity: the same fields, and why. */
export const ActivityCorrectionInput = z.preprocess(
  gatherValues,
  z.object({ ...activityFields, id: recordId(), removeAttachment: idList(), reason: requiredText(500) }),
);

export const ActivityIdInput = z.object({ id: recordId() });

/** Verifying: the note is needed when the activity carries evidence warnings (checked in the action). */
export const ActivityVerifyInput = z.object({ id: recordId(), note: optionalText(500) });

export const ActivityReturnInput = z.object({ id: recordId(), reason: requiredText(500) });

export type ActivityFields = z.output<typeof ActivityInput>;
export type ActivityValue = ActivityFields["values"][number];
