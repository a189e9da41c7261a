import "server-only";
import type { DbOrTx } from "@/server/db";
import { type Period, splitByWholeMonths } from "../period";
import { type DashboardFilter, onPairing, verifiedActivityWhere } from "./filter";

/**
 * Verified indicator totals for the filter, by indicator id. Whole months come from ActivityRollup
 * (a few rows per pairing and month instead of every activity); the partial months at the period's
 * edges are summed from the activities themselves. Both parts select the same pairings.
 */
export async function indicatorTotals(db: DbOrTx, filter: DashboardFilter): Promise<Map<number, number>> {
  const { whole, edges } = splitByWholeMonths(filter.period);
  const [rolled, ...raw] = await Promise.all([
    whole
      ? db.activityRollup.groupBy({
          by: ["indicatorId"],
          where: { month: { gte: whole.first, lte: whole.last }, ...onPairing(filter) },
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

/** The same totals summed straight from the activities' values (edges, and the check of the rollup). */
export async function rawIndicatorTotals(db: DbOrTx, filter: DashboardFilter, period: Period = filter.period): Promise<Map<number, number>> {
  const rows = await db.activityIndicatorValue.groupBy({
    by: ["indicatorId"],
    where: { activity: verifiedActivityWhere(filter, period) },
    _sum: { value: true },
  });
  return new Map(rows.map((r) => [r.indicatorId, r._sum.value ?? 0]));
}
