import "server-only";
// The dashboard's pledge figures read from PledgeAggregate (server/aggregates/pledges.ts), the way
// aggregates.ts reads the activity counts: for a region scope (or none) the period's whole months
// come from the table and its partial edge months from the pledges themselves; a liaison's or a
// village's few pledges are counted straight from the rows. The raw condition is pledgeWhere, the
// one the pledge list behind the figure uses, so both always agree.
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db";
import { monthPeriod, monthsOf, type Period, splitByWholeMonths } from "../period";
import { aggregatePlace } from "./aggregates";
import type { DashboardFilter } from "./filter";
import { pledgeWhere } from "./record-filters";

export type PledgeCounts = { total: number; fulfilled: number };

/** Due in the filter's period and, of those, FULFILLED now: from the rows, for a small scope or a period's edges. */
async function rawCounts(db: DbOrTx, filter: DashboardFilter): Promise<PledgeCounts> {
  const [total, fulfilled] = await Promise.all([db.pledge.count({ where: pledgeWhere(filter) }), db.pledge.count({ where: pledgeWhere(filter, "fulfilled") })]);
  return { total, fulfilled };
}

type Place = Prisma.PledgeAggregateWhereInput;

/** The table's counts for the whole months `month` selects, by month. */
async function aggregatedByMonth(db: DbOrTx, place: Place, month: { gte: string; lte: string }) {
  const rows = await db.pledgeAggregate.groupBy({ by: ["month", "status"], where: { ...place, month }, _sum: { count: true } });
  const byMonth = new Map<string, PledgeCounts>();
  for (const r of rows) {
    const counts = byMonth.get(r.month) ?? { total: 0, fulfilled: 0 };
    counts.total += r._sum.count ?? 0;
    if (r.status === "FULFILLED") counts.fulfilled += r._sum.count ?? 0;
    byMonth.set(r.month, counts);
  }
  return byMonth;
}

const sum = (counts: PledgeCounts[]): PledgeCounts => counts.reduce((a, c) => ({ total: a.total + c.total, fulfilled: a.fulfilled + c.fulfilled }), { total: 0, fulfilled: 0 });

/** Pledges due in the filter's period, and how many of them are fulfilled. */
export async function pledgeCounts(db: DbOrTx, filter: DashboardFilter): Promise<PledgeCounts> {
  const { whole, edges } = splitByWholeMonths(filter.period);
  const place = whole ? await aggregatePlace(db, filter) : null;
  if (!place || !whole) return rawCounts(db, filter);
  const [aggregated, ...raw] = await Promise.all([
    aggregatedByMonth(db, place, { gte: whole.first, lte: whole.last }).then((m) => sum([...m.values()])),
    ...edges.map((period) => rawCounts(db, { ...filter, period })),
  ]);
  return sum([aggregated, ...raw]);
}

/**
 * The same per month of the period (each clipped to it), whole months in one grouped read of the
 * table for a region scope; partial months, and every month of a small scope, from the rows.
 */
export async function pledgeCountsPerMonth(db: DbOrTx, filter: DashboardFilter): Promise<({ month: string; period: Period } & PledgeCounts)[]> {
  const { whole } = splitByWholeMonths(filter.period);
  const place = whole ? await aggregatePlace(db, filter) : null;
  const fromTable = place && whole ? await aggregatedByMonth(db, place, { gte: whole.first, lte: whole.last }) : null;
  return Promise.all(
    monthsOf(filter.period).map(async (month) => {
      const period = clip(month, filter.period);
      const counts = fromTable && whole && month >= whole.first && month <= whole.last ? (fromTable.get(month) ?? sum([])) : await rawCounts(db, { ...filter, period });
      return { month, period, ...counts };
    }),
  );
}

/** The part of a month that lies inside the period (the first and last months may be partial). */
function clip(month: string, period: Period): Period {
  const m = monthPeriod(month);
  return { from: m.from < period.from ? period.from : m.from, to: m.to > period.to ? period.to : m.to };
}
