// Survey results (民主测评) from a sheet, as townships hand in their tallies: one row per village
// and round, matched by the two (a round is a month, "2011-07"). Counts as the entry table takes
// them: whole numbers, the satisfied never more than the respondents; the day within the round's
// month and not in the future. A known result is updated when anything differs.
import { type CellValue, cellText, parseSheetDay, parseSheetWholeNumber, serialToDay } from "@/domain/sheet-values";
import { parseSurveyRound, surveyCountProblems } from "@/domain/survey";
import { fromShanghaiDay, shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { column, withTownshipChoices } from "../columns";
import { writableVillages } from "@/server/scope";
import { chunks, DuplicateGuard, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";

type SurveyRow = { row: number; villageId: number; period: string; takenOn: Date; respondents: number; satisfiedVillageOrg: number; satisfiedPairing: number };
type SurveyUpdate = SurveyRow & { id: number };

const MAX_RESPONDENTS = 100_000;
const COUNTS = ["respondents", "satisfiedVillageOrg", "satisfiedPairing"] as const;

const COLUMNS = [
  column("surveys", { key: "round", required: true, note: true, example: "2011-07", width: 10 }),
  column("surveys", { key: "township", required: true, example: "铁力镇", width: 12 }),
  column("surveys", { key: "village", required: true, example: "满天红村", width: 12 }),
  column("surveys", { key: "takenOn", required: true, note: true, example: "2011-07-15", width: 13 }),
  column("surveys", { key: "respondents", required: true, example: 120, width: 10 }),
  column("surveys", { key: "satisfiedVillageOrg", required: true, note: true, example: 112, width: 18 }),
  column("surveys", { key: "satisfiedPairing", required: true, example: 115, width: 18 }),
  column("surveys", { key: "orgRate", exportOnly: true, width: 14 }),
  column("surveys", { key: "pairingRate", exportOnly: true, width: 14 }),
];

/** A round from a cell: "2011-07", "2011.7", "2011年7月", or a date cell (Excel turns "2011-07" into 1 July 2011). */
function parseRound(value: CellValue): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 7);
  if (typeof value === "number") return serialToDay(value)?.slice(0, 7);
  const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/.exec(cellText(value));
  return match ? parseSurveyRound(`${match[1]}-${match[2].padStart(2, "0")}`) : undefined;
}

export const surveysImport: ImportKind<SurveyRow, SurveyUpdate> = {
  name: "surveys",
  permission: "surveys.write",
  required: requiredHeaders(COLUMNS),
  columns: (db) => withTownshipChoices(db, COLUMNS),
  async check(ctx) {
    const villages = new Map((await ctx.db.village.findMany({ where: writableVillages(ctx.user), select: { id: true, name: true, township: { select: { name: true } } } })).map((v) => [`${v.township.name}|${v.name}`, v.id]));
    const existing = new Map((await ctx.db.survey.findMany({ where: { village: writableVillages(ctx.user) } })).map((s) => [`${s.villageId}|${s.period}`, s] as const));
    const today = startOfShanghaiDay(new Date());
    const plan: Plan<SurveyRow, SurveyUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const period = parseRound(r.cell("round"));
      if (!period) r.fail("round", cellText(r.cell("round")) ? "surveys.validation.round" : "imports.problems.required");
      const [township, village] = [cellText(r.cell("township")), cellText(r.cell("village"))];
      if (!township) r.fail("township", "imports.problems.required");
      if (!village) r.fail("village", "imports.problems.required");
      const villageId = villages.get(`${township}|${village}`);
      if (township && village && !villageId) r.fail("village", "imports.problems.unknownVillage", { township, name: village });
      const day = r.take("takenOn", parseSheetDay(r.cell("takenOn")));
      if (day && period && day.slice(0, 7) !== period) r.fail("takenOn", "surveys.validation.takenOutsideRound", { round: period });
      else if (day && fromShanghaiDay(day) > today) r.fail("takenOn", "surveys.validation.futureDate");
      const [respondents, satisfiedVillageOrg, satisfiedPairing] = COUNTS.map((key) => r.take(key, parseSheetWholeNumber(r.cell(key), MAX_RESPONDENTS, { required: true })));
      const counts = respondents !== undefined && satisfiedVillageOrg !== undefined && satisfiedPairing !== undefined ? { respondents, satisfiedVillageOrg, satisfiedPairing } : undefined;
      for (const key of counts ? surveyCountProblems(counts) : []) r.fail(key, "surveys.validation.moreThanRespondents");
      if (villageId && period) {
        const earlier = seen.check(`${villageId}|${period}`, r.sheetRow.row);
        if (earlier !== undefined) r.fail("village", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !villageId || !period || !day || !counts) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const row: SurveyRow = { row: r.sheetRow.row, villageId, period, takenOn: fromShanghaiDay(day), ...counts };
      const current = existing.get(`${villageId}|${period}`);
      const same = current && shanghaiDay(current.takenOn) === day && COUNTS.every((key) => current[key] === counts[key]);
      if (!current) plan.create.push(row);
      else if (same) plan.unchanged += 1;
      else plan.update.push({ ...row, id: current.id });
    }
    return plan;
  },
  async apply({ tx, plan, importId, progress }) {
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, 500)) {
      await tx.survey.createMany({ data: part.map(({ row: _, ...s }) => ({ ...s, importId })) });
      progress("write", (done += part.length), total);
    }
    for (const { id, row: _, villageId: __, period: ___, ...data } of plan.update) {
      await tx.survey.update({ where: { id }, data });
      progress("write", ++done, total);
    }
  },
};
