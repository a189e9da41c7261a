import "server-only";
// Two exports that are not lists: a pairing's ledger (共建工作台帐) as one workbook — an overview
// sheet and the records, newest first, as the ledger page shows them to this reader — and the
// dashboard's outcome table as the report prints it, for the viewer's period, township and scope.
import { indicatorValueText } from "@/domain/format";
import { translatorFor } from "@/i18n/translator";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { countArg } from "@/lib/counts";
import { shanghaiDay } from "@/lib/dates";
import type { SearchParams } from "@/lib/list-params";
import { loadCurrentFigure, loadDashboardContext, outcomesFigure } from "@/features/dashboard";
import { getLedger } from "@/features/pairings";
import { dayCell, type SheetSpec } from "./sheet-writer";

const zh = translatorFor("zh-CN");
const day = (d: Date | null) => dayCell(d ? shanghaiDay(d) : null);
type Pair = [string, string | number | Date | null];
type Record4 = [Date, string, string, string, string];

/** The ledger's sheets, or null when the pairing is not the reader's to see. */
export async function ledgerSheets(db: DbOrTx, user: CurrentUser, id: number): Promise<{ title: string; sheets: SheetSpec<never>[] } | null> {
  const ledger = await getLedger(db, user, id);
  if (!ledger) return null;
  const { pairing, entries, summary } = ledger;
  const l = (key: string, params?: Record<string, string | number>) => zh(`pairings.ledger.${key}`, params);
  const s = (key: string) => zh(`exports.ledgerSheets.${key}`);
  const overview: Pair[] = [
    [s("unit"), pairing.unit.name],
    [s("village"), `${pairing.village.township.name}${pairing.village.name}`],
    [s("startDate"), day(pairing.startDate)],
    [s("endDate"), day(pairing.endDate)],
    [s("goals"), pairing.goals],
    [s("contactLeader"), pairing.contactLeader?.displayName ?? pairing.contactLeaderName],
    [l("verifiedActivities"), summary.verifiedCount],
    [l("pledges"), l("pledgesValue", { fulfilled: summary.pledgesFulfilled, total: summary.pledgeCount })],
    [l("visitsAndInspections"), l("visitsValue", { visits: summary.visitCount, inspections: summary.inspectionCount })],
    ...Object.entries(summary.areaCounts).map(([area, count]): Pair => [zh(`areas.${area}`), count]),
  ];
  const records: Record4[] = entries.map((e): Record4 => {
    switch (e.kind) {
      case "activity": {
        const a = e.activity;
        const values = a.values.map((v) => `${v.indicator.labelZh} ${indicatorValueText(v.indicator, v.value, "zh-CN")}`).join("；");
        return [a.date, l("kinds.activity"), `${zh(`areas.${a.area}`)}：${a.title}`, [a.place, l("participants", { unit: countArg(a.unitParticipants), village: countArg(a.villageParticipants) }), a.description, values].filter(Boolean).join("。"), l(`activityStatus.${a.status}`)];
      }
      case "pledge": {
        const p = e.pledge;
        const status = l(`pledgeStatus.${p.status}`) + (p.overdue ? `（${l("overdue")}）` : "");
        return [e.date, l("kinds.pledge"), `${l(`pledger.${p.pledgerKind}`, { name: p.pledgerName })}：${p.content}`, [l("dueDate", { date: shanghaiDay(p.dueDate) }), p.evidence ?? ""].filter(Boolean).join("。"), status];
      }
      case "visit":
        return [e.date, l("kinds.visit"), l("visitBy", { name: e.visit.leaderName }), e.visit.notes, ""];
      case "inspection": {
        const i = e.inspection;
        const items = i.rectifications.map((r) => `${r.description}（${l(`rectificationStatus.${r.status}`)}）`).join("；");
        return [e.date, l("kinds.inspection"), l(`inspectionKind.${i.kind}`), [l("inspectors", { names: i.inspectors }), i.findings, items].filter(Boolean).join("。"), ""];
      }
      case "survey": {
        const v = e.survey;
        const rate = (n: number) => (v.respondents > 0 ? `${((n * 100) / v.respondents).toFixed(2)}%` : "—");
        return [e.date, l("kinds.survey"), l("surveyOf", { period: v.period }), l("surveyFigures", { respondents: v.respondents, villageOrg: rate(v.satisfiedVillageOrg), pairing: rate(v.satisfiedPairing) }), ""];
      }
    }
  });
  const title = `${pairing.unit.name}—${pairing.village.name}${l("title")}`;
  return {
    title,
    sheets: [
      { title: s("overview"), columns: [{ header: s("item"), width: 26, value: (r: Pair) => r[0] }, { header: s("value"), width: 50, kind: "text", value: (r: Pair) => r[1] }], rows: [overview] },
      {
        title: l("records").replace(/（.*$/, ""),
        columns: [
          { header: s("date"), kind: "day", width: 13, value: (r: Record4) => day(r[0]) },
          { header: s("kind"), width: 12, value: (r: Record4) => r[1] },
          { header: s("summary"), width: 40, value: (r: Record4) => r[2] },
          { header: s("details"), width: 60, value: (r: Record4) => r[3] },
          { header: s("status"), width: 12, value: (r: Record4) => r[4] },
        ],
        rows: [records],
      },
    ] as SheetSpec<never>[],
  };
}

type OutcomeRow = [string, string, number | string, string];

/** The outcome table for the viewer's dashboard filter (period, township, scope), as rows of the report. */
export async function outcomeSheet(user: CurrentUser, params: SearchParams): Promise<{ title: string; sheet: SheetSpec<never> }> {
  const context = await loadDashboardContext(user, params);
  const table = await loadCurrentFigure(outcomesFigure, context.filter);
  const o = (key: string, p?: Record<string, string | number>) => zh(`dashboard.outcomes.${key}`, p);
  const group = (g: string) => o(`groups.${g}`);
  const indicators = (g: string): OutcomeRow[] =>
    (table.groups.find((x) => x.group === g)?.indicators ?? []).map((i) => [group(g), i.labelZh, i.total, i.unitZh]);
  const rate = (n: number, d: number) => (d > 0 ? `${(Math.round((n * 10_000) / d) / 100).toFixed(2)}%` : "—");
  const rows: OutcomeRow[] = [
    ...indicators("ORGANIZATION"),
    [group("ORGANIZATION"), o("pledges"), `${table.pledges.total} / ${table.pledges.fulfilled}`, o("pledgesUnit")],
    ...indicators("RELATIONS"),
    ...indicators("DEVELOPMENT"),
    [group("SUPERVISION"), o("leaderVisits"), table.leaderVisits, o("leaderVisitsUnit")],
    [group("SUPERVISION"), o("inspections"), table.inspections, o("inspectionsUnit")],
    ...indicators("SUPERVISION"),
    ...(table.survey
      ? ([
          [group("SATISFACTION"), o("surveyVillageOrg"), rate(table.survey.satisfiedVillageOrg, table.survey.respondents), ""],
          [group("SATISFACTION"), o("surveyPairing"), rate(table.survey.satisfiedPairing, table.survey.respondents), ""],
        ] as OutcomeRow[])
      : []),
  ];
  const s = (key: string, p?: Record<string, string | number>) => zh(`exports.outcomeSheet.${key}`, p);
  const period = s("period", context.filter.period);
  return {
    title: `${s("title")}-${context.filter.period.from}-${context.filter.period.to}`,
    sheet: {
      title: s("title"),
      columns: [
        { header: s("group"), width: 16, value: (r: OutcomeRow) => r[0] },
        { header: s("item"), width: 30, value: (r: OutcomeRow) => r[1] },
        { header: s("value"), width: 16, kind: "money", value: (r: OutcomeRow) => r[2] },
        { header: s("unit"), width: 8, value: (r: OutcomeRow) => r[3] },
      ],
      rows: [[...rows, ["", period, "", ""] as OutcomeRow]],
    } as SheetSpec<never>,
  };
}
