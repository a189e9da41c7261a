// The benchmark's generator (scripts/bench) writes a province the app accepts: a region tree whose
// small scale keeps the province's ids, pairings, inspections and rectifications that never cross a
// county, every indicator used, aggregates the app's rebuild makes from it, and a database that
// `npm start` serves as it is (no demo seeded over it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createDb } from "@/server/db-client";
import { rebuildAggregates } from "@/server/aggregates";
import { INDICATORS } from "../../prisma/seed/data/indicators";
import { prepareForServing } from "../../prisma/seed/prepare";
import { generate } from "../../scripts/bench/generate";
import { benchRegions } from "../../scripts/bench/regions";
import { BENCH_ADMIN, BENCH_COUNTY_ADMIN, BENCH_PREFECTURE_ADMIN, type Scale, SCALES } from "../../scripts/bench/scale";
import { openSink } from "../../scripts/bench/sinks";
import { rawAggregates, storedAggregates } from "../helpers/aggregates";
import { createTestDbUrl } from "../helpers/test-db";

/** Two prefectures (20 counties), two units and villages in each county. */
const TINY: Scale = { ...SCALES.small, prefectures: 2, units: 40, villages: 40, pairings: 80, activities: 2_000, pledges: 100, leaderVisits: 40, inspections: 30 };

let db: Db;
let url: string;
beforeAll(async () => {
  url = await createTestDbUrl();
  const sink = await openSink(url, { fresh: false });
  await generate(TINY, sink, () => {});
  await sink.finish();
  db = createDb(url);
});
afterAll(async () => db?.$disconnect());

describe("the benchmark's region tree", () => {
  it("keeps the province's ids at the small scale, with 铁力市 (3) under 伊春市 (2) under 黑龙江省 (1)", () => {
    const province = benchRegions(SCALES.province);
    const small = benchRegions(SCALES.small);
    expect(province.all.filter((r) => r.level === "PREFECTURE")).toHaveLength(13);
    expect(province.counties).toHaveLength(120);
    expect(small.all).toEqual(province.all.slice(0, small.all.length));
    expect(small.all.slice(0, 3).map((r) => [r.id, r.name, r.path])).toEqual([[1, "黑龙江省", "/1/"], [2, "伊春市", "/1/2/"], [3, "铁力市", "/1/2/3/"]]);
    expect(new Set(province.all.map((r) => r.id)).size).toBe(province.all.length);
  });

  it("writes the tree into the database below the migration's three regions", async () => {
    const regions = await db.region.findMany({ include: { parent: true } });
    expect(regions).toHaveLength(1 + 2 + 20);
    for (const region of regions) expect(region.path).toBe(`${region.parent?.path ?? "/"}${region.id}/`);
    expect(await db.township.count()).toBe(20 * TINY.townshipsPerCounty);
  });
});

describe("the benchmark's data stays within its regions", () => {
  it("pairs a county's units with its own villages, in that county's campaigns", async () => {
    const pairings = await db.pairing.findMany({ include: { unit: true, village: { include: { township: true } }, campaign: true } });
    expect(pairings).toHaveLength(TINY.pairings);
    for (const p of pairings) {
      expect(p.village.township.regionId).toBe(p.unit.regionId);
      expect(p.campaign.regionId).toBe(p.unit.regionId);
    }
  });

  it("gives every third county a second round that re-pairs the same units and villages", async () => {
    const tieli = await db.campaign.findMany({ where: { regionId: 3 }, orderBy: { startsOn: "asc" }, include: { pairings: { orderBy: { villageId: "asc" } } } });
    expect(tieli.map((c) => c.name)).toEqual(["结对共建（第一轮）", "结对共建（第二轮）"]);
    const pairs = (c: (typeof tieli)[number]) => c.pairings.map((p) => `${p.unitId}:${p.villageId}`);
    expect(pairs(tieli[1])).toEqual(pairs(tieli[0]));
    // The next county keeps one campaign; its villages change partner at the switch instead.
    const [single] = await db.campaign.findMany({ where: { region: { name: "伊春第2县" } }, include: { pairings: true } });
    expect(single.name).toBe("城乡结对共建");
    expect(new Set(single.pairings.map((p) => `${p.unitId}:${p.villageId}`)).size).toBe(single.pairings.length);
    expect(await db.campaign.count()).toBe(20 + 7);
  });

  it("keeps each inspection's pairings and rectifications in one county", async () => {
    const inspections = await db.inspection.findMany({
      include: { pairings: { include: { pairing: { include: { unit: true } } } }, rectifications: { include: { pairing: { include: { unit: true } } } } },
    });
    for (const inspection of inspections) {
      const counties = new Set([...inspection.pairings, ...inspection.rectifications].map((row) => row.pairing!.unit.regionId));
      expect(counties.size).toBeLessThanOrEqual(1);
    }
  });

  it("gives the three organization departments their regions", async () => {
    const admins = await db.user.findMany({ where: { role: "ADMIN" }, orderBy: { regionId: "asc" } });
    expect(admins.map((u) => [u.username, u.regionId])).toEqual([[BENCH_ADMIN, 1], [BENCH_PREFECTURE_ADMIN, 2], [BENCH_COUNTY_ADMIN, 3]]);
  });
});

describe("the benchmark's figures", () => {
  it("uses every indicator, and the app's rebuild makes the dashboard's aggregates of its rows", async () => {
    const used = await db.activityIndicatorValue.groupBy({ by: ["indicatorId"] });
    expect(used).toHaveLength(INDICATORS.length);
    await rebuildAggregates(db);
    const stored = await storedAggregates(db);
    expect(Object.keys(stored.values).length).toBeGreaterThan(0);
    expect(stored).toEqual(await rawAggregates(db));
  });

  it("is served by `npm start` as it is: no demo seeded over it", async () => {
    const before = { units: await db.unit.count(), indicators: await db.indicator.count(), users: await db.user.count() };
    expect(await prepareForServing(db, url)).toEqual({ demo: "otherData", sortKeysFilled: 0 });
    expect({ units: await db.unit.count(), indicators: await db.indicator.count(), users: await db.user.count() }).toEqual(before);
  });
});
