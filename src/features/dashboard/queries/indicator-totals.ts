import "server-only";
import type { DbOrTx } from "@/server/db";
import { type Period, splitByWholeMonths } from "../period";
import { aggregatePlace } from "./aggregates";
import { type DashboardFilter, verifiedActivityWhere } from "./filter";

/**
 * Verified indicator totals for the filter, by indicator id. For a region scope the whole months
 * come from ValueAggregate (a row per township, indicator and month, however many activities) and
 * the partial months at the period's edges are summed from the activities themselves; a unit's or a
 * village's totals are summed from its activities.
 */
export async function indicatorTotals(db: DbOrTx, filter: DashboardFilter): Promise<Map<number, number>> {
  const place = await aggregatePlace(db, filter);
  if (!place) return rawIndicatorTotals(db, filter);
  const { whole, edges } = splitByWholeMonths(filter.period);
  const [rolled, ...raw] = await Promise.all([
    whole
      ? db.valueAggregate.groupBy({
          by: ["indicatorId"],
          where: { ...place, month: { gte: whole.first, lte: whole.last } },
          _sum: { total: true },
        })
      : Promise.resolve([]),
    ...edges.map((edge) => rawIndicatorTotals(db, filter, edge)),
  ]);
  const totals = new Map<number, number>();
  const add = (id: number, value: number) => totals.set(id, (totals.get(id) ?? 0) + value);
  for (const row of rolled) add(row.indicatorId, row._sum.total ?? 0);
  for (const part of raw) for (const [id, value] of part) add(id, value);
  return totals;
}

/** The same totals summed straight from the activities' values (edges, and the check of the aggregates). */
export async function rawIndicatorTotals(db: DbOrTx, filter: DashboardFilter, period: Period = filter.period): Promise<Map<number, number>> {
  const rows = await db.activityIndicatorValue.groupBy({
    by: ["indicatorId"],
    where: { activity: verifiedActivityWhere(filter, period) },
    _sum: { value: true },
  });
  return new Map(rows.map((r) => [r.indicatorId, r._sum.value ?? 0]));
}
