import "server-only";
import type { DbOrTx } from "@/server/db";
import { figure } from "./figure";
import type { DashboardFilter } from "./filter";
import { pairingsInEffectFigure, pledgesFigure, verifiedFigure } from "./headline";
import { indicatorTotals } from "./indicator-totals";
import { pairHealthFigure } from "./pair-health";
import type { RegionNode } from "./region-choice";

// The roll-up of a region into the regions and townships just below it (issue 16). Every row is the
// parent's filter narrowed to one child — a region by `region=`, a township by `township=` — so each
// figure is the same query as the dashboard's card for that child and links to the same source list.

/** The two indicators of the source report a comparison looks at first (DOMAIN.md §4); absent ones are left out. */
export const ROLLUP_INDICATORS = ["problems_solved", "project_funds_secured"] as const;

export type RollupRow = { kind: "region" | "township"; id: number; name: string; filter: DashboardFilter };

/**
 * The children of `region` under the filter: its child regions (province → prefectures → counties),
 * then the townships directly in it (a county's; a higher department may hold some too), so that
 * the rows together hold every pairing of the region. None once a township is chosen: the
 * dashboard's pairing tables are the level below it.
 */
export async function rollupRows(db: DbOrTx, filter: DashboardFilter, region: Pick<RegionNode, "id">): Promise<RollupRow[]> {
  if (filter.townshipId) return [];
  const [regions, townships] = await Promise.all([
    db.region.findMany({ where: { parentId: region.id }, select: { id: true, name: true, path: true }, orderBy: [{ sortKey: "asc" }, { id: "asc" }] }),
    db.township.findMany({ where: { regionId: region.id }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { sortKey: "asc" }, { id: "asc" }] }),
  ]);
  return [
    ...regions.map((r) => ({ kind: "region" as const, id: r.id, name: r.name, filter: { ...filter, region: { id: r.id, path: r.path } } })),
    ...townships.map((t) => ({ kind: "township" as const, id: t.id, name: t.name, filter: { ...filter, townshipId: t.id } })),
  ];
}

export type RollupIndicator = { id: number; code: string; labelZh: string; labelEn: string; unitZh: string; unitEn: string; isMoney: boolean };

/** The catalogue rows of ROLLUP_INDICATORS, in that order. */
export async function rollupIndicators(db: DbOrTx): Promise<RollupIndicator[]> {
  const rows = await db.indicator.findMany({
    where: { code: { in: [...ROLLUP_INDICATORS] } },
    select: { id: true, code: true, labelZh: true, labelEn: true, unitZh: true, unitEn: true, isMoney: true },
  });
  return ROLLUP_INDICATORS.flatMap((code) => rows.filter((r) => r.code === code));
}

export type RollupFigures = {
  pairingsInEffect: number;
  verified: number;
  /** Pairings in effect without a verified activity for DORMANT_DAYS (the pair-health list's count). */
  dormant: number;
  pledgesFulfilled: number;
  /** Verified totals of the given indicators, by id. */
  indicators: Record<number, number>;
};

/** One row's figures, each a kept figure of the dashboard for the row's filter (so the total row's are the cards' own). */
export const rollupFigure = figure("regionRollup", async ({ db, load }, filter, today: string, indicatorIds: number[]): Promise<RollupFigures> => {
  const [pairingsInEffect, verified, health, pledges, totals] = await Promise.all([
    load(pairingsInEffectFigure, filter),
    load(verifiedFigure, filter),
    load(pairHealthFigure, filter, today),
    load(pledgesFigure, filter),
    indicatorIds.length > 0 ? indicatorTotals(db, filter) : new Map<number, number>(),
  ]);
  return {
    pairingsInEffect,
    verified,
    dormant: health.filter((h) => h.dormant).length,
    pledgesFulfilled: pledges.fulfilled,
    indicators: Object.fromEntries(indicatorIds.map((id) => [id, totals.get(id) ?? 0])),
  };
});
