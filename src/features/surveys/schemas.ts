import { z } from "zod";
import { calendarDay } from "@/domain/days";
import { recordId } from "@/domain/ids";
import { parseSurveyRound, surveyCountProblems } from "@/domain/survey";

const MAX_RESPONDENTS = 100_000;

/** A count typed into a cell: blank stays blank (undefined), otherwise a whole number from 0. */
const cellCount = () =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v.trim()) : v),
    z
      .number({ error: "validation.number" })
      .int({ error: "validation.wholeNumber" })
      .min(0, { error: "validation.notNegative" })
      .max(MAX_RESPONDENTS, { error: "validation.tooBig" })
      .optional(),
  );

const row = z
  .object({ respondents: cellCount(), satisfiedVillageOrg: cellCount(), satisfiedPairing: cellCount() })
  .superRefine((r, ctx) => {
    const filled = [r.respondents, r.satisfiedVillageOrg, r.satisfiedPairing].filter((v) => v !== undefined).length;
    // A village left blank was not surveyed; a half-filled row is a typing slip.
    if (filled === 0) return;
    for (const key of ["respondents", "satisfiedVillageOrg", "satisfiedPairing"] as const) {
      if (r[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: "validation.required" });
    }
    if (filled < 3) return;
    const counts = { respondents: r.respondents!, satisfiedVillageOrg: r.satisfiedVillageOrg!, satisfiedPairing: r.satisfiedPairing! };
    for (const key of surveyCountProblems(counts)) ctx.addIssue({ code: "custom", path: [key], message: "surveys.validation.moreThanRespondents" });
  });

/** Fields named "rows.<villageId>.<count>" from the entry table become `rows: { [villageId]: {…} }`. */
function gatherRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const rows: Record<string, Record<string, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(key);
    if (match) (rows[match[1]] ??= {})[match[2]] = value;
    else rest[key] = value;
  }
  return { rows, ...rest };
}

export const SurveyTownshipInput = z.preprocess(
  gatherRows,
  z.object({
    round: z.string().refine((v) => parseSurveyRound(v) !== undefined, { error: "surveys.validation.round" }),
    townshipId: recordId(),
    takenOn: calendarDay(),
    rows: z.record(z.string().regex(/^\d+$/), row),
  }),
);

export type SurveyTownshipFields = z.output<typeof SurveyTownshipInput>;

/** A new round is a month; its page then takes each township's table. */
export const SurveyRoundInput = z.object({
  round: z.string().trim().refine((v) => parseSurveyRound(v) !== undefined, { error: "surveys.validation.round" }),
});
