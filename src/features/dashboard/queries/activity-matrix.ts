import "server-only";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { shanghaiDay } from "@/lib/dates";
import type { DbOrTx } from "@/server/db";
import { instantRange } from "../period";
import { figure } from "./figure";
import type { DashboardFilter } from "./filter";
import { pairingDirectory } from "./pairing-directory";
import { verifiedCells } from "./pairing-cells";

export type AreaCell = { count: number; last: string | null };

export type PairingActivity = {
  pairingId: number;
  unitId: number;
  unitName: string;
  villageId: number;
  villageName: string;
  townshipId: number;
  townshipName: string;
  /** Shanghai day the pairing started. */
  start: string;
  /** In effect at some time during the period (the denominator of coverage and reporting). */
  inEffect: boolean;
  areas: Record<ContentAreaCode, AreaCell>;
  /** Verified activities in the period. */
  total: number;
  /** Last verified activity in the period. */
  last: string | null;
};

/**
 * Verified activities of the period per pairing and content area (count and last date), from
 * which the area, township, unit and village
 * breakdowns, the rankings and the pair health matrix are all derived.
 */
export async function activityMatrix(db: DbOrTx, filter: DashboardFilter): Promise<PairingActivity[]> {
  const { gte, lt } = instantRange(filter.period);
  const [cells, pairings] = await Promise.all([
    verifiedCells(db, filter),
    pairingDirectory(db, filter),
  ]);
  const byPairing = new Map<number, PairingActivity>();
  for (const p of pairings) {
    byPairing.set(p.id, {
      pairingId: p.id,
      unitId: p.unitId,
      unitName: p.unitName,
      villageId: p.villageId,
      villageName: p.villageName,
      townshipId: p.townshipId,
      townshipName: p.townshipName,
      start: shanghaiDay(p.startDate),
      inEffect: p.startDate < lt && (p.endDate === null || p.endDate >= gte),
      areas: Object.fromEntries(CONTENT_AREAS.map((a) => [a, { count: 0, last: null }])) as Record<ContentAreaCode, AreaCell>,
      total: 0,
      last: null,
    });
  }
  for (const cell of cells) {
    const row = byPairing.get(cell.pairingId);
    if (!row) continue; // cannot happen: the activities were selected through the same pairing filter
    const last = cell.last ? shanghaiDay(cell.last) : null;
    row.areas[cell.area] = { count: cell.count, last };
    row.total += cell.count;
    if (last && (!row.last || last > row.last)) row.last = last;
  }
  // Pairings that did nothing and were not in effect have no place in any breakdown.
  return [...byPairing.values()].filter((p) => p.inEffect || p.total > 0);
}

/** Serves the area, township and ranking sections and the pair health matrix alike. */
export const matrixFigure = figure("matrix", ({ db }, filter) => activityMatrix(db, filter));

/** Areas in which the row has at least one verified activity (0–6). */
export function coverage(areas: Record<ContentAreaCode, AreaCell>): number {
  return CONTENT_AREAS.filter((a) => areas[a].count > 0).length;
}
