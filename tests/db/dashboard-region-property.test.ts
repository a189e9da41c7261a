// Property of the roll-up (issue 16): on random region trees (a prefecture with two or three counties
// and perhaps a township of its own, two campaigns), for random viewers, campaigns and periods, each
// row of a region's 下级对比 has figures equal to the records its source lists give — walked page
// by page with the functions the source pages use — and to a plain recount of the generated data;
// the rows' figures add up to the region's own (the total row); and narrowing by region= gives the
// same figures as the region's row. Also: a region outside the reader's own is as if not named.
import { describe, expect, it } from "vitest";
import { CONTENT_AREAS } from "@/lib/content-areas";
import type { Db } from "@/server/db-client";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { computeFigure } from "@/features/dashboard/queries/figure";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { dashboardRegionTrail } from "@/features/dashboard/queries/region-choice";
import { ROLLUP_INDICATORS, type RollupFigures, rollupFigure, rollupIndicators, rollupRows } from "@/features/dashboard/queries/region-rollup";
import { activitySources, indicatorSources } from "@/features/dashboard/queries/sources/activity-sources";
import { pairingSources, pledgeSources } from "@/features/dashboard/queries/sources/record-sources";
import { Rng } from "../../prisma/seed/random";
import { createTestDb } from "../helpers/test-db";
import { filterFor } from "../helpers/dashboard-filter";
import { asCurrentUser, endPairing, makeActivity, makeCampaign, makeIndicator, makePairing, makePledge, makeRegion, makeTownship, makeUnit, makeUser, makeVillage } from "../helpers/factories";

const DATA_SETS = 8;
const FILTERS_PER_SET = 2;
const PAGE_SIZE = 6;
const TODAY = "2026-01-01";
const PROVINCE = { id: 1, path: "/1/" };

type Place = { id: number; path: string };
type Generated = {
  prefecture: Place;
  counties: Place[];
  campaigns: number[];
  indicators: number[];
  pairings: { id: number; campaignId: number; path: string; townshipId: number; start: string; end: string | null }[];
  activities: { pairingId: number; day: string; status: string; values: Record<number, number> }[];
};

const day = (rng: Rng, from: string, to: string) => shanghaiDay(addDays(fromShanghaiDay(from), rng.int(0, Math.round((fromShanghaiDay(to).getTime() - fromShanghaiDay(from).getTime()) / 86_400_000))));

async function generate(db: Db, rng: Rng): Promise<Generated> {
  const prefecture = await makeRegion(db, PROVINCE, "PREFECTURE");
  const counties = [];
  for (let i = 0; i < rng.int(2, 3); i++) counties.push(await makeRegion(db, prefecture, "COUNTY"));
  // Where villages lie: townships of the counties and sometimes one directly in the prefecture.
  const places = [...counties, ...(rng.chance(0.5) ? [prefecture] : [])];
  const villages: { id: number; townshipId: number; region: { id: number; path: string } }[] = [];
  const units = new Map<number, number[]>();
  for (const region of places) {
    units.set(region.id, [(await makeUnit(db, { regionId: region.id })).id, ...(rng.chance(0.5) ? [(await makeUnit(db, { regionId: region.id })).id] : [])]);
    for (let t = 0; t < rng.int(1, 2); t++) {
      const township = await makeTownship(db, undefined, region.id);
      for (let v = 0; v < rng.int(1, 2); v++) villages.push({ id: (await makeVillage(db, township.id)).id, townshipId: township.id, region });
    }
  }
  const campaigns = [(await makeCampaign(db, { start: "2010-01-01", end: "2011-06-30", regionId: prefecture.id })).id, (await makeCampaign(db, { start: "2010-07-01", end: "2011-12-31", regionId: prefecture.id })).id];
  const pairings: Generated["pairings"] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rng.int(4, 12); i++) {
    // A pairing never crosses regions: its unit is of its village's region.
    const village = rng.pick(villages);
    const unitId = rng.pick(units.get(village.region.id)!);
    const campaignId = rng.pick(campaigns);
    if (seen.has(`${campaignId}:${unitId}:${village.id}`)) continue;
    seen.add(`${campaignId}:${unitId}:${village.id}`);
    const start = day(rng, "2010-01-01", "2010-09-30");
    const pairing = await makePairing(db, unitId, village.id, fromShanghaiDay(start), campaignId);
    const end = rng.chance(0.25) ? day(rng, "2010-10-01", "2011-06-30") : null;
    if (end) await endPairing(db, pairing.id, end);
    pairings.push({ id: pairing.id, campaignId, path: village.region.path, townshipId: village.townshipId, start, end });
  }
  const indicators = [
    (await makeIndicator(db, { code: ROLLUP_INDICATORS[0] })).id,
    (await makeIndicator(db, { code: ROLLUP_INDICATORS[1], isMoney: true })).id,
  ];
  const activities: Generated["activities"] = [];
  for (let i = 0; i < rng.int(15, 40); i++) {
    const pairing = rng.pick(pairings);
    const activityDay = day(rng, "2010-01-01", "2011-12-31");
    const status = rng.pickWeighted(["VERIFIED", "SUBMITTED", "DRAFT", "RETURNED"] as const, (s) => ({ VERIFIED: 6, SUBMITTED: 2, DRAFT: 1, RETURNED: 1 })[s]);
    const values: Record<number, number> = {};
    if (rng.chance(0.6)) values[indicators[0]] = rng.int(0, 20);
    if (rng.chance(0.4)) values[indicators[1]] = rng.int(1, 90) * 1000;
    await makeActivity(db, { pairingId: pairing.id, day: activityDay, area: rng.pick(CONTENT_AREAS), status, values });
    activities.push({ pairingId: pairing.id, day: activityDay, status, values });
  }
  for (let i = 0; i < rng.int(2, 10); i++) {
    await makePledge(db, { pairingId: rng.pick(pairings).id, due: day(rng, "2010-01-01", "2011-12-31"), status: rng.pick(["PROMISED", "IN_PROGRESS", "FULFILLED"] as const) });
  }
  return { prefecture, counties, campaigns, indicators, pairings, activities };
}

function randomFilter(rng: Rng, data: Generated): DashboardFilter {
  const from = day(rng, "2009-12-01", "2011-10-31");
  const to = day(rng, from, "2012-01-31");
  // A leader of the prefecture, or of 黑龙江省 above it (so the prefecture is itself a child row).
  const regionPath = rng.pick([data.prefecture.path, PROVINCE.path]);
  return { ...filterFor({ role: "LEADER", regionPath }, { from, to }), campaignId: rng.pick([undefined, ...data.campaigns]) };
}

async function allRows<R>(fetch: (page: { page: number; pageSize: number }) => Promise<{ rows: R[]; count: number }>): Promise<R[]> {
  const rows: R[] = [];
  for (let page = 1; ; page++) {
    const result = await fetch({ page, pageSize: PAGE_SIZE });
    rows.push(...result.rows);
    if (result.rows.length < PAGE_SIZE) {
      expect(rows.length).toBe(result.count);
      return rows;
    }
  }
}

/** What the source pages behind a row's figures list, summed as a reader would. */
async function fromSources(db: Db, filter: DashboardFilter, data: Generated): Promise<RollupFigures> {
  const indicators: Record<number, number> = {};
  for (const [i, code] of ROLLUP_INDICATORS.entries()) {
    const rows = await allRows(async (page) => (await indicatorSources(db, filter, code, page))!);
    indicators[data.indicators[i]] = rows.reduce((sum, r) => sum + r.value, 0);
  }
  return {
    pairingsInEffect: (await allRows((page) => pairingSources(db, filter, page))).length,
    verified: (await allRows((page) => activitySources(db, filter, {}, page))).length,
    dormant: (await pairHealth(db, filter, TODAY)).filter((r) => r.dormant).length,
    pledgesFulfilled: (await allRows((page) => pledgeSources(db, filter, "fulfilled", page))).length,
    indicators,
  };
}

/** The same from the generated data, for the pairings whose village lies under `path` (and in `townshipId`). */
function recount(data: Generated, filter: DashboardFilter, path: string, townshipId?: number) {
  const { from, to } = filter.period;
  const pairings = data.pairings.filter((p) => p.path.startsWith(path) && (!townshipId || p.townshipId === townshipId) && (filter.campaignId === undefined || p.campaignId === filter.campaignId));
  const ids = new Set(pairings.map((p) => p.id));
  const verified = data.activities.filter((a) => a.status === "VERIFIED" && ids.has(a.pairingId) && a.day >= from && a.day <= to);
  return {
    pairingsInEffect: pairings.filter((p) => p.start <= to && (p.end === null || p.end >= from)).length,
    verified: verified.length,
    indicators: Object.fromEntries(data.indicators.map((id) => [id, verified.reduce((sum, a) => sum + (a.values[id] ?? 0), 0)])),
  };
}

const sum = (figures: RollupFigures[], ids: number[]): RollupFigures => ({
  pairingsInEffect: figures.reduce((s, f) => s + f.pairingsInEffect, 0),
  verified: figures.reduce((s, f) => s + f.verified, 0),
  dormant: figures.reduce((s, f) => s + f.dormant, 0),
  pledgesFulfilled: figures.reduce((s, f) => s + f.pledgesFulfilled, 0),
  indicators: Object.fromEntries(ids.map((id) => [id, figures.reduce((s, f) => s + (f.indicators[id] ?? 0), 0)])),
});

/** Checks the roll-up of `region` under `filter`, then of each child region in turn (down to townships). */
async function checkRollup(db: Db, data: Generated, filter: DashboardFilter, region: { id: number; path: string }): Promise<void> {
  const rows = await rollupRows(db, filter, region);
  if (rows.length === 0) return;
  const ids = (await rollupIndicators(db)).map((i) => i.id);
  expect(ids).toEqual(data.indicators);
  const parent = await computeFigure(db, rollupFigure, filter, TODAY, ids);
  const figures: RollupFigures[] = [];
  for (const row of rows) {
    const figure = await computeFigure(db, rollupFigure, row.filter, TODAY, ids);
    expect(figure).toEqual(await fromSources(db, row.filter, data));
    const path = row.kind === "region" ? row.filter.region!.path : region.path;
    expect({ pairingsInEffect: figure.pairingsInEffect, verified: figure.verified, indicators: figure.indicators }).toEqual(recount(data, filter, path, row.kind === "township" ? row.id : undefined));
    figures.push(figure);
  }
  // Every pairing lies in exactly one row, so the rows add up to the region (the total row).
  expect(sum(figures, ids)).toEqual(parent);
  for (const row of rows) if (row.kind === "region") await checkRollup(db, data, row.filter, row.filter.region!);
}

describe("the roll-up: each row equals its source records, and the rows add up to their region", () => {
  for (let set = 0; set < DATA_SETS; set++) {
    // Each tree walks every source list of every row at every level: more than the default 30 s on a busy machine.
    it(`random region tree #${set + 1}`, { timeout: 180_000 }, async () => {
      const db = await createTestDb();
      try {
        const rng = new Rng(7_100 + set);
        const data = await generate(db, rng);
        for (let i = 0; i < FILTERS_PER_SET; i++) {
          const filter = randomFilter(rng, data);
          const readerPath = (filter.scope.unit as { region: { path: { startsWith: string } } }).region.path.startsWith;
          const reader = readerPath === PROVINCE.path ? PROVINCE : data.prefecture;
          // The prefecture always has two counties or more below it.
          expect((await rollupRows(db, filter, data.prefecture)).filter((r) => r.kind === "region").length).toBeGreaterThanOrEqual(2);
          await checkRollup(db, data, filter, reader);
        }
      } finally {
        await db.$disconnect();
      }
    });
  }
});

describe("the region a dashboard shows", () => {
  it("is one of the reader's subtree; another region is as if not named, and a liaison has none", async () => {
    const db = await createTestDb();
    try {
      const yichun = { id: 2, path: "/1/2/" };
      const tieli = { id: 3, path: "/1/2/3/" };
      const jiayin = await makeRegion(db, yichun, "COUNTY");
      const leader = asCurrentUser({ ...(await makeUser(db, "LEADER", { regionId: yichun.id })), regionPath: yichun.path });
      const trail = async (user: typeof leader, region?: number) => (await dashboardRegionTrail(db, user, region ? { region: String(region) } : {})).map((r) => r.id);
      expect(await trail(leader)).toEqual([2]);
      expect(await trail(leader, jiayin.id)).toEqual([2, jiayin.id]);
      // 黑龙江省 is above 伊春市: not theirs, so their own region is shown.
      expect(await trail(leader, 1)).toEqual([2]);
      const county = asCurrentUser(await makeUser(db, "ADMIN"));
      expect(await trail(county, tieli.id)).toEqual([3]);
      expect(await trail(county, jiayin.id)).toEqual([3]);
      const unit = await makeUnit(db);
      expect(await trail(asCurrentUser(await makeUser(db, "LIAISON", { unitId: unit.id })), tieli.id)).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
