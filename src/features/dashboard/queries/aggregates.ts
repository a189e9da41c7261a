import "server-only";
// Reading the dashboard's aggregates (server/aggregates). A period is arbitrary days: its whole
// months are read from the aggregates, the partial months at its edges from the activities
// themselves, so a figure never depends on how its period falls on the calendar. The
// township-keyed tables answer a region scope (or none); a liaison's or a village's scope is one
// unit or village, whose few activities are counted straight from the rows.
import type { Prisma } from "@/generated/sqlite/client";
import type { ActivityStatus, Confirmation } from "@/generated/sqlite/enums";
import type { DbOrTx } from "@/server/db";
import { type Period, splitByWholeMonths } from "../period";
import type { DashboardFilter } from "./filter";

type Place = { townshipId?: number; unitRegionId?: { in: number[] }; campaignId?: number };

/**
 * The township-keyed aggregates' condition for the filter, or null when its scope is a unit or a
 * village. The region scope is given as its regions' ids: a relation filter (`unitRegion: { path }`)
 * makes Prisma join the region from every aggregate row, which SQLite answers by reading the whole table.
 */
export async function aggregatePlace(db: DbOrTx, filter: DashboardFilter): Promise<Place | null> {
  const { scope } = filter;
  if (scope.unitId !== undefined || scope.villageId !== undefined) return null;
  // A region chosen below the reader's narrows their scope's subtree; a pairing never crosses regions,
  // so its unit's region is its village's (region-choice.ts).
  const unitRegion = filter.region ? { path: { startsWith: filter.region.path } } : scope.unit?.region;
  const regionIds = unitRegion ? (await db.region.findMany({ where: unitRegion, select: { id: true } })).map((r) => r.id) : undefined;
  return {
    ...(regionIds ? { unitRegionId: { in: regionIds } } : {}),
    ...(filter.townshipId ? { townshipId: filter.townshipId } : {}),
    ...(filter.campaignId !== undefined ? { campaignId: filter.campaignId } : {}),
  };
}

/** The whole months of the period as a condition on an aggregate's month, or null when it has none. */
export function wholeMonths(period: Period): { gte: string; lte: string } | null {
  const { whole } = splitByWholeMonths(period);
  return whole ? { gte: whole.first, lte: whole.last } : null;
}

export type CountCondition = { status: ActivityStatus; confirmation?: Confirmation; disputeOpen?: boolean };

/**
 * Reported activities matching `condition` in the filter's period: whole months from
 * CountAggregate, the edges (or everything, for a unit's or a village's scope) by `rawWhere`,
 * which must select the same activities for a given period.
 */
export async function countActivities(
  db: DbOrTx,
  filter: DashboardFilter,
  condition: CountCondition,
  rawWhere: (period: Period) => Prisma.ActivityWhereInput,
): Promise<number> {
  const place = await aggregatePlace(db, filter);
  if (!place) return db.activity.count({ where: rawWhere(filter.period) });
  const { whole, edges } = splitByWholeMonths(filter.period);
  const [aggregated, ...raw] = await Promise.all([
    whole
      ? db.countAggregate.aggregate({ where: { ...place, ...condition, month: { gte: whole.first, lte: whole.last } }, _sum: { count: true } }).then((r) => r._sum.count ?? 0)
      : Promise.resolve(0),
    ...edges.map((edge) => db.activity.count({ where: rawWhere(edge) })),
  ]);
  return aggregated + raw.reduce((sum, n) => sum + n, 0);
}
