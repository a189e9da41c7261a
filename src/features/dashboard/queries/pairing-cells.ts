import "server-only";
// Verified activities per pairing and content area in a period (count and last date): the cells of
// the activity matrix. A cell whose whole history lies inside the period is read as one
// PairingAreaTotal row; one that lies wholly outside it counts nothing; only the cells the period
// cuts through are summed, from PairingAreaMonth for its whole months and from the activities for
// its partial edge months. Over a multi-year period most cells are whole, so the province's matrix
// reads about 120,000 rows instead of 800,000 month rows.
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import type { Prisma } from "@/generated/sqlite/client";
import type { ContentAreaCode } from "@/lib/content-areas";
import type { DbOrTx } from "@/server/db";
import { instantRange, type Period, splitByWholeMonths } from "../period";
import { aggregatePlace } from "./aggregates";
import { type DashboardFilter, pairingWhere, verifiedActivityWhere } from "./filter";

export type Cell = { pairingId: number; area: ContentAreaCode; count: number; last: Date | null };

/** Below this many cut pairings their rows are read by id (the (pairing, area, month) index); above, through the filter. */
const BY_ID_LIMIT = 2_000;
/** Prisma refuses more than 999 bound parameters per query on SQLite. */
const SLICE = 500;

const keyOf = (c: { pairingId: number; area: string }) => `${c.pairingId}|${c.area}`;

/** `byIdLimit` is for the tests, which reach the filter's path with it at 0. */
export async function verifiedCells(db: DbOrTx, filter: DashboardFilter, byIdLimit = BY_ID_LIMIT): Promise<Cell[]> {
  const { gte, lt } = instantRange(filter.period);
  const totals = await db.pairingAreaTotal.findMany({
    where: await totalsWhere(db, filter),
    select: { pairingId: true, area: true, count: true, firstDate: true, lastDate: true },
  });
  const cells = new Map<string, Cell>();
  const cut = new Set<string>();
  const cutPairings = new Set<number>();
  for (const t of totals) {
    if (t.lastDate < gte || t.firstDate >= lt) continue;
    if (t.firstDate >= gte && t.lastDate < lt) cells.set(keyOf(t), { pairingId: t.pairingId, area: t.area, count: t.count, last: t.lastDate });
    else {
      cut.add(keyOf(t));
      cutPairings.add(t.pairingId);
    }
  }
  if (cut.size === 0) return [...cells.values()];
  // The month and edge queries return every area of the pairings they select: keep only the cut cells.
  for (const c of (await periodCells(db, filter, [...cutPairings], byIdLimit)).filter((c) => cut.has(keyOf(c)))) {
    const cell = cells.get(keyOf(c));
    if (!cell) cells.set(keyOf(c), { ...c });
    else {
      cell.count += c.count;
      if (c.last && (!cell.last || c.last > cell.last)) cell.last = c.last;
    }
  }
  return [...cells.values()];
}

/**
 * The PairingAreaTotal rows of the filter's pairings, by the copied-in columns: a region scope as
 * its regions' ids (so the index answers, where a relation filter would join from every row); a
 * unit's or a village's scope as its few pairings' ids.
 */
async function totalsWhere(db: DbOrTx, filter: DashboardFilter): Promise<Prisma.PairingAreaTotalWhereInput> {
  const { scope } = filter;
  if (scope.unitId !== undefined || scope.villageId !== undefined) {
    const pairings = await db.pairing.findMany({ where: pairingWhere(filter), select: { id: true } });
    return { pairingId: { in: pairings.map((p) => p.id) } };
  }
  return (await aggregatePlace(db, filter)) ?? {};
}

/** Per pairing and area in the period: whole months from PairingAreaMonth, the partial edge months from the activities. */
async function periodCells(db: DbOrTx, filter: DashboardFilter, pairingIds: number[], byIdLimit: number): Promise<Cell[]> {
  const { whole, edges } = splitByWholeMonths(filter.period);
  const pairing = pairingWhere(filter);
  const selections: { months: Prisma.PairingAreaMonthWhereInput; activities: (edge: Period) => Prisma.ActivityWhereInput }[] =
    pairingIds.length <= byIdLimit
      ? slices(pairingIds).map((slice) => ({
          months: { pairingId: { in: slice } },
          activities: (edge) => ({ pairingId: { in: slice }, status: OFFICIAL_STATUS, date: instantRange(edge) }),
        }))
      : [{ months: pairing ? { pairing } : {}, activities: (edge) => verifiedActivityWhere(filter, edge) }];
  const parts = await Promise.all(
    selections.flatMap(({ months, activities }) => [
      whole
        ? db.pairingAreaMonth
            .groupBy({ by: ["pairingId", "area"], where: { ...months, month: { gte: whole.first, lte: whole.last } }, _sum: { count: true }, _max: { lastDate: true } })
            .then((rows) => rows.map((r) => ({ pairingId: r.pairingId, area: r.area, count: r._sum.count ?? 0, last: r._max.lastDate })))
        : Promise.resolve([]),
      ...edges.map((edge) =>
        db.activity
          .groupBy({ by: ["pairingId", "area"], where: activities(edge), _count: { _all: true }, _max: { date: true } })
          .then((rows) => rows.map((r) => ({ pairingId: r.pairingId, area: r.area, count: r._count._all, last: r._max.date }))),
      ),
    ]),
  );
  return parts.flat();
}

function slices(ids: number[]): number[][] {
  const result: number[][] = [];
  for (let i = 0; i < ids.length; i += SLICE) result.push(ids.slice(i, i + SLICE));
  return result;
}
