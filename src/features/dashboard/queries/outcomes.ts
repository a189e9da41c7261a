import "server-only";
import type { IndicatorGroup } from "@/generated/sqlite/enums";
import type { DbOrTx } from "@/server/db";
import { figure } from "./figure";
import type { DashboardFilter } from "./filter";
import { indicatorTotals } from "./indicator-totals";
import { countPledges } from "./headline";
import { inspectionWhere, leaderVisitWhere } from "./record-filters";
import { type SurveySums, surveyRounds } from "./surveys";

export type IndicatorFigure = {
  id: number;
  code: string;
  labelZh: string;
  labelEn: string;
  unitZh: string;
  unitEn: string;
  isMoney: boolean;
  total: number;
};

export type OutcomeTable = {
  groups: { group: IndicatorGroup; indicators: IndicatorFigure[] }[];
  pledges: { total: number; fulfilled: number };
  leaderVisits: number;
  inspections: number;
  /** The latest survey round in the period, if any. */
  survey: SurveySums | null;
};

const GROUPS: IndicatorGroup[] = ["ORGANIZATION", "RELATIONS", "DEVELOPMENT", "SUPERVISION"];

/**
 * The outcome table of the source report (DOMAIN.md §4) for the filter: every catalogue indicator
 * (the catalogue is data; an inactive indicator still shows while it has a total), pledges,
 * leaders' visits, inspections and the satisfaction rates.
 */
export async function outcomeTable(db: DbOrTx, filter: DashboardFilter): Promise<OutcomeTable> {
  const [indicators, totals, pledges, leaderVisits, inspections, rounds] = await Promise.all([
    db.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    indicatorTotals(db, filter),
    countPledges(db, filter),
    db.leaderVisit.count({ where: leaderVisitWhere(filter) }),
    db.inspection.count({ where: inspectionWhere(filter) }),
    surveyRounds(db, filter),
  ]);
  const figures: (IndicatorFigure & { group: IndicatorGroup; active: boolean })[] = indicators.map((i) => ({
    id: i.id,
    code: i.code,
    labelZh: i.labelZh,
    labelEn: i.labelEn,
    unitZh: i.unitZh,
    unitEn: i.unitEn,
    isMoney: i.isMoney,
    group: i.group,
    active: i.active,
    total: totals.get(i.id) ?? 0,
  }));
  return {
    groups: GROUPS.map((group) => ({
      group,
      indicators: figures.filter((f) => f.group === group && (f.active || f.total !== 0)).map(({ group: _g, active: _a, ...f }) => f),
    })),
    pledges,
    leaderVisits,
    inspections,
    survey: rounds.at(-1) ?? null,
  };
}

export const outcomesFigure = figure("outcomes", ({ db }, filter) => outcomeTable(db, filter));
