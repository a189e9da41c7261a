// The dashboard's aggregates (ValueAggregate, CountAggregate, PairingAreaMonth, PairingAreaTotal) after a random
// sequence of the real actions — record, submit, verify, return, correct, countersign, dispute,
// resolve, delete, a village moving township — equal both a plain recount of the rows and a fresh
// rebuild, and every figure read from them equals the raw count or sum of its activities for
// random viewers, campaigns, townships and periods (whole months, partial months or both; whole
// years and the whole history, where the matrix reads a pairing's totals).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { rebuildAggregates } from "@/server/aggregates";
import { confirmActivityAction } from "@/features/activities/mutations-confirm";
import { resolveDisputeAction } from "@/features/activities/mutations-dispute";
import { createActivityAction, deleteActivityAction, submitActivityAction, updateActivityAction } from "@/features/activities/mutations-recording";
import { correctActivityAction, returnActivityAction, verifyActivityAction } from "@/features/activities/mutations-review";
import { updateVillageAction } from "@/features/villages/mutations";
import { dataVersion } from "@/features/dashboard/memo";
import { activityMatrix } from "@/features/dashboard/queries/activity-matrix";
import { verifiedByArea } from "@/features/dashboard/queries/area-counts";
import { verifiedCells } from "@/features/dashboard/queries/pairing-cells";
import { verifiedActivityWhere } from "@/features/dashboard/queries/filter";
import { countConfirmed, countDisputed, countPending, countVerified, pendingActivityWhere } from "@/features/dashboard/queries/headline";
import { indicatorTotals, rawIndicatorTotals } from "@/features/dashboard/queries/indicator-totals";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { verifiedPerMonth } from "@/features/dashboard/queries/trends";
import { splitByWholeMonths, type Period } from "@/features/dashboard/period";
import { openDisputeWhere } from "@/domain/countersign";
import { Rng } from "../../prisma/seed/random";
import { rawAggregates, storedAggregates } from "../helpers/aggregates";
import { createTestDb } from "../helpers/test-db";
import { makeActivity, makeIndicator, makeUser, runAs, runOk } from "../helpers/factories";
import { filterFor, makeRandomWorld, randomFilter as randomDashboardFilter } from "../helpers/dashboard-filter";

let db: Db;
const rng = new Rng(424242);
let townships: number[] = [];
let campaigns: number[] = [];
let indicators: number[] = [];
const pairings: { id: number; unitId: number; villageId: number }[] = [];
const randomDay = () => shanghaiDay(addDays(fromShanghaiDay("2010-06-01"), rng.int(0, 450)));
const randomValues = () => Object.fromEntries(indicators.filter(() => rng.chance(0.6)).map((id) => [id, rng.int(0, 40)]));

beforeAll(async () => {
  db = await createTestDb();
  const world = await makeRandomWorld(db, 8);
  ({ townships, campaigns } = world);
  pairings.push(...world.pairings);
  indicators = [(await makeIndicator(db, { isMoney: true })).id, (await makeIndicator(db)).id, (await makeIndicator(db)).id];
  // A starting ledger written by the factories (which count it in the aggregates as the actions would).
  for (let i = 0; i < 80; i++) {
    await makeActivity(db, {
      pairingId: rng.pick(pairings).id,
      day: randomDay(),
      area: rng.pick(CONTENT_AREAS),
      status: rng.pick(["VERIFIED", "VERIFIED", "SUBMITTED", "DRAFT"] as const),
      values: randomValues(),
    });
  }
  await randomActions(220);
}, 240_000);
afterAll(async () => db.$disconnect());

/** `n` random steps through the real actions, as the department, the liaisons and the villages would take them. */
async function randomActions(n: number) {
  const admin = await makeUser(db, "ADMIN");
  const form = (pairingId: number) => ({ pairingId, area: rng.pick(CONTENT_AREAS), date: randomDay(), title: `随机活动${rng.int(1, 1e6)}`, values: randomValues() });
  for (let step = 0; step < n; step++) {
    const pick = async (status: string) => {
      // A draft is seen only by whoever recorded it (domain/visibility.ts): the department's own.
      const rows = await db.activity.findMany({ where: { status: status as never, ...(status === "DRAFT" ? { recordedById: admin.id } : {}) }, select: { id: true, pairingId: true, version: true, title: true, area: true, date: true } });
      return rows.length > 0 ? rng.pick(rows) : null;
    };
    const action = rng.pick(["record", "record", "edit", "submit", "verify", "verify", "return", "correct", "confirm", "dispute", "resolve", "delete", "move"] as const);
    if (action === "record") {
      await runOk(db, admin, createActivityAction, { ...form(rng.pick(pairings).id), intent: rng.chance(0.7) ? "submit" : "draft" });
    } else if (action === "edit") {
      const a = (await pick("DRAFT")) ?? (await pick("RETURNED"));
      if (a) await runOk(db, admin, updateActivityAction, { ...form(a.pairingId), id: a.id, version: a.version, intent: rng.chance(0.5) ? "submit" : "draft" });
    } else if (action === "submit") {
      const a = (await pick("DRAFT")) ?? (await pick("RETURNED"));
      if (a) await runOk(db, admin, submitActivityAction, { id: a.id });
    } else if (action === "verify") {
      const a = await pick("SUBMITTED");
      if (a) await runOk(db, admin, verifyActivityAction, { id: a.id, note: "已电话核实" });
    } else if (action === "return") {
      const a = await pick("SUBMITTED");
      if (a) await runOk(db, admin, returnActivityAction, { id: a.id, reason: "请补充材料" });
    } else if (action === "correct") {
      const a = await pick("VERIFIED");
      if (a) await runOk(db, admin, correctActivityAction, { ...form(rng.chance(0.7) ? a.pairingId : rng.pick(pairings).id), id: a.id, reason: "更正台帐数字" });
    } else if (action === "confirm" || action === "dispute") {
      const a = (await pick(rng.chance(0.7) ? "VERIFIED" : "SUBMITTED")) ?? (await pick("VERIFIED"));
      if (!a) continue;
      const pairing = pairings.find((p) => p.id === a.pairingId)!;
      const villager = await makeUser(db, "VILLAGE", { villageId: pairing.villageId });
      await runOk(db, villager, confirmActivityAction, { id: a.id, decision: action === "confirm" ? "CONFIRMED" : "DISPUTED", comment: "村里核对" });
    } else if (action === "resolve") {
      const open = await db.activity.findMany({ where: { status: { in: ["SUBMITTED", "VERIFIED"] }, ...openDisputeWhere }, select: { id: true } });
      if (open.length > 0) await runOk(db, admin, resolveDisputeAction, { id: rng.pick(open).id, outcome: rng.chance(0.5) ? "UPHOLD" : "RETURN", note: "已核实处理" });
    } else if (action === "delete") {
      const a = await pick("DRAFT");
      if (a) await runOk(db, admin, deleteActivityAction, { id: a.id });
    } else if (action === "move" && rng.chance(0.3)) {
      // Now and then a village is put under another township: its activities move with it.
      const pairing = rng.pick(pairings);
      const village = await db.village.findUniqueOrThrow({ where: { id: pairing.villageId } });
      const townshipId = rng.pick(townships.filter((t) => t !== village.townshipId));
      await runOk(db, admin, updateVillageAction, { id: village.id, version: village.version, name: village.name, townshipId });
    }
  }
}

const randomPeriod = (): Period => {
  // The whole history (every cell from PairingAreaTotal), or whole years (cells cut at a year's edge).
  if (rng.chance(0.15)) return { from: "2010-01-01", to: "2012-12-31" };
  if (rng.chance(0.15)) return rng.pick([{ from: "2010-01-01", to: "2010-12-31" }, { from: "2011-01-01", to: "2011-12-31" }, { from: "2010-06-15", to: "2011-12-31" }]);
  const from = rng.chance(0.35) ? `201${rng.int(0, 1)}-${String(rng.int(1, 12)).padStart(2, "0")}-01` : shanghaiDay(addDays(fromShanghaiDay("2010-05-01"), rng.int(0, 480)));
  return { from, to: shanghaiDay(addDays(fromShanghaiDay(from), rng.int(0, 400))) };
};

const randomFilter = () => randomDashboardFilter(rng, { pairings, townships, campaigns }, randomPeriod);

describe("the aggregates after a random sequence of actions", () => {
  it("equal a plain recount of the activities, their values and their pairings", async () => {
    const [raw, stored] = await Promise.all([rawAggregates(db), storedAggregates(db)]);
    expect(Object.keys(raw.values).length).toBeGreaterThan(20);
    expect(Object.keys(raw.counts).some((k) => k.endsWith("|DISPUTED|true"))).toBe(true);
    expect(Object.keys(raw.totals).length).toBeGreaterThan(20);
    expect(stored).toEqual(raw);
  });

  it("equal a fresh rebuild from the raw rows", async () => {
    const before = await storedAggregates(db);
    const rebuilt = await rebuildAggregates(db);
    expect(await storedAggregates(db)).toEqual(before);
    expect(rebuilt.values).toBe(Object.keys(before.values).length);
  });

  it("give every figure the raw count or sum of its activities for any viewer, campaign, township and period", async () => {
    let wholeMonths = 0;
    let edges = 0;
    for (let i = 0; i < 40; i++) {
      const filter = randomFilter();
      const split = splitByWholeMonths(filter.period);
      if (split.whole) wholeMonths++;
      edges += split.edges.length;
      const verified = verifiedActivityWhere(filter);
      expect(await countVerified(db, filter)).toBe(await db.activity.count({ where: verified }));
      const byArea = await db.activity.groupBy({ by: ["area"], where: verified, _count: { _all: true } });
      expect((await verifiedByArea(db, filter)).filter((a) => a.count > 0)).toEqual(
        CONTENT_AREAS.flatMap((area) => byArea.filter((r) => r.area === area).map((r) => ({ area, count: r._count._all }))),
      );
      expect(await countPending(db, filter)).toBe(await db.activity.count({ where: pendingActivityWhere(filter) }));
      expect(await countConfirmed(db, filter)).toBe(await db.activity.count({ where: { ...verified, confirmation: "CONFIRMED" } }));
      expect(await countDisputed(db, filter)).toBe(await db.activity.count({ where: { ...verified, ...openDisputeWhere } }));
      expect(await indicatorTotals(db, filter)).toEqual(await rawIndicatorTotals(db, filter));

      const perMonth = await verifiedPerMonth(db, filter);
      for (const m of perMonth) expect(m.count, m.month).toBe(await db.activity.count({ where: verifiedActivityWhere(filter, m.period) }));

      const cells = await db.activity.groupBy({ by: ["pairingId", "area"], where: verified, _count: { _all: true }, _max: { date: true } });
      const matrix = new Map((await activityMatrix(db, filter)).map((r) => [r.pairingId, r]));
      for (const c of cells) expect(matrix.get(c.pairingId)?.areas[c.area]).toEqual({ count: c._count._all, last: shanghaiDay(c._max.date!) });
      expect([...matrix.values()].reduce((sum, r) => sum + r.total, 0)).toBe(cells.reduce((sum, c) => sum + c._count._all, 0));
      // The cells a period cuts through, read through the filter instead of by pairing id (a province's many).
      const byFilter = new Map((await verifiedCells(db, filter, 0)).map((c) => [`${c.pairingId}|${c.area}`, c]));
      expect(byFilter.size).toBe(cells.length);
      for (const c of cells) expect(byFilter.get(`${c.pairingId}|${c.area}`)).toMatchObject({ count: c._count._all, last: c._max.date });

      // Idle days look before the period: the last verified activity before its first day.
      for (const h of await pairHealth(db, filter, "2012-01-01")) {
        const last = await db.activity.findFirst({ where: { pairingId: h.pairingId, status: "VERIFIED", date: { lt: addDays(fromShanghaiDay(filter.period.to), 1) } }, orderBy: { date: "desc" } });
        expect(h.lastEver, `pairing ${h.pairingId}`).toBe(last ? shanghaiDay(last.date) : null);
      }
    }
    expect(wholeMonths).toBeGreaterThan(5);
    expect(edges).toBeGreaterThan(5);
  }, 120_000);
});

describe("verification by the organization department", () => {
  it("adds the activity's values to the dashboard's totals at once, through the aggregates", async () => {
    const [pairing, indicator] = await Promise.all([db.pairing.findFirstOrThrow(), db.indicator.findFirstOrThrow()]);
    const filter = filterFor({ role: "LEADER" }, { from: "2012-03-01", to: "2012-03-31" });
    const pending = await makeActivity(db, { pairingId: pairing.id, day: "2012-03-15", status: "SUBMITTED", values: { [indicator.id]: 37 } });
    expect((await indicatorTotals(db, filter)).get(indicator.id)).toBeUndefined();
    expect(await countPending(db, filter)).toBe(1);
    const version = await dataVersion(db);

    const result = await runAs(db, await makeUser(db, "ADMIN"), verifyActivityAction, { id: pending.id });
    expect(result.ok).toBe(true);
    expect((await indicatorTotals(db, filter)).get(indicator.id)).toBe(37);
    expect(await countPending(db, filter)).toBe(0);
    expect(await countVerified(db, filter)).toBe(1);
    // The dashboard's memo sees the change.
    expect(await dataVersion(db)).toBeGreaterThan(version);
  });
});
