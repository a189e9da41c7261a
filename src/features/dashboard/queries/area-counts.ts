import "server-only";
// Verified activities per content area: the area chart. Read like the headline counts
// (aggregates.ts): whole months from CountAggregate, the edge months and a unit's or a village's
// scope from the activities. Not from the activity matrix, which is one row per pairing: the
// province's six bars need not build 20,000 pairings' cells.
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import type { DbOrTx } from "@/server/db";
import { splitByWholeMonths } from "../period";
import { aggregatePlace } from "./aggregates";
import { figure } from "./figure";
import { type DashboardFilter, verifiedActivityWhere } from "./filter";

export type AreaCount = { area: ContentAreaCode; count: number };

export async function verifiedByArea(db: DbOrTx, filter: DashboardFilter): Promise<AreaCount[]> {
  const place = await aggregatePlace(db, filter);
  const { whole, edges } = place ? splitByWholeMonths(filter.period) : { whole: null, edges: [filter.period] };
  const parts = await Promise.all([
    place && whole
      ? db.countAggregate
          .groupBy({ by: ["area"], where: { ...place, status: "VERIFIED", month: { gte: whole.first, lte: whole.last } }, _sum: { count: true } })
          .then((rows) => rows.map((r) => ({ area: r.area, count: r._sum.count ?? 0 })))
      : Promise.resolve([]),
    ...edges.map((edge) =>
      db.activity.groupBy({ by: ["area"], where: verifiedActivityWhere(filter, edge), _count: { _all: true } }).then((rows) => rows.map((r) => ({ area: r.area, count: r._count._all }))),
    ),
  ]);
  const byArea = new Map<ContentAreaCode, number>();
  for (const { area, count } of parts.flat()) byArea.set(area, (byArea.get(area) ?? 0) + count);
  return CONTENT_AREAS.map((area) => ({ area, count: byArea.get(area) ?? 0 }));
}

export const verifiedByAreaFigure = figure("verifiedByArea", ({ db }, filter) => verifiedByArea(db, filter));
