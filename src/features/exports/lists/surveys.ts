import "server-only";
// Survey results village by village — one round (its page's ?round=) or every round, newest
// first — in the survey import's columns, so a round's export imports back unchanged.
import { formatPercent } from "@/domain/format";
import { parseSurveyRound, surveyTotals } from "@/domain/survey";
import { first } from "@/lib/list-params";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, day, h, type ListExport, sheetOf, zh } from "./define";

/** A rate as the page shows it, 97.63%; blank when nobody answered. */
const percent = (rate: number | null) => (rate === null ? "" : formatPercent(rate));

export const surveysExport: ListExport = {
  permission: "surveys.read",
  title: zh("surveys.title"),
  async sheet(db, _user, params) {
    const round = parseSurveyRound(first(params.round));
    const include = { village: { select: { name: true, township: { select: { name: true } } } } };
    type Row = Awaited<ReturnType<typeof db.survey.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(h("surveys", "round"), (s) => s.period, { width: 10 }),
      col(h("surveys", "township"), (s) => s.village.township.name),
      col(h("surveys", "village"), (s) => s.village.name),
      col(h("surveys", "takenOn"), (s) => day(s.takenOn), { kind: "day", width: 13 }),
      col(h("surveys", "respondents"), (s) => s.respondents, { kind: "number", width: 10 }),
      col(h("surveys", "satisfiedVillageOrg"), (s) => s.satisfiedVillageOrg, { kind: "number", width: 18 }),
      col(h("surveys", "satisfiedPairing"), (s) => s.satisfiedPairing, { kind: "number", width: 18 }),
      col(h("surveys", "orgRate"), (s) => percent(surveyTotals([s]).orgRate), { width: 14 }),
      col(h("surveys", "pairingRate"), (s) => percent(surveyTotals([s]).pairingRate), { width: 14 }),
    ];
    // The round page's order: townships, then villages, in pinyin order.
    const orderBy = [{ period: "desc" as const }, { village: { township: { sortKey: "asc" as const } } }, { village: { sortKey: "asc" as const } }, { id: "asc" as const }];
    const rows = batches((skip, take) => db.survey.findMany({ where: round ? { period: round } : {}, orderBy, skip, take, include }));
    return sheetOf(round ? `${zh("surveys.title")} ${round}` : zh("surveys.title"), columns, rows);
  },
};
