// The rollup the dashboard reads (ActivityRollup) equals the raw sums of VERIFIED activities, as
// maintained step by step (verification, then corrections through the correction action), and the rollup-based totals equal raw
// totals for any period — whole months, partial months or both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { rebuildRollup } from "@/server/rollup";
import { correctActivityAction, verifyActivityAction } from "@/features/activities/mutations-review";
import { dataVersion } from "@/features/dashboard/memo";
import { indicatorTotals, rawIndicatorTotals } from "@/features/dashboard/queries/indicator-totals";
import { splitByWholeMonths } from "@/features/dashboard/period";
import { Rng } from "../../prisma/seed/random";
import { rawRollup, storedRollup } from "../helpers/rollup";
import { createTestDb } from "../helpers/test-db";
import { makeActivity, makeIndicator, makePairing, makeTownship, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";
import { filterFor } from "../helpers/dashboard-filter";

let db: Db;
const rng = new Rng(424242);
let townships: number[] = [];
const randomDay = () => shanghaiDay(addDays(fromShanghaiDay("2010-06-01"), rng.int(0, 450)));

beforeAll(async () => {
  db = await createTestDb();
  townships = [(await makeTownship(db)).id, (await makeTownship(db)).id];
  const pairings = [];
  for (let i = 0; i < 6; i++) pairings.push((await makePairing(db, (await makeUnit(db)).id, (await makeVillage(db, townships[i % 2])).id)).id);
  const indicators = [(await makeIndicator(db, { isMoney: true })).id, (await makeIndicator(db)).id, (await makeIndicator(db)).id];
  for (let i = 0; i < 150; i++) {
    const values: Record<number, number> = {};
    for (const id of indicators) if (rng.chance(0.6)) values[id] = rng.int(0, 40);
    await makeActivity(db, {
      pairingId: rng.pick(pairings),
      day: randomDay(),
      area: rng.pick(CONTENT_AREAS),
      status: rng.pick(["VERIFIED", "VERIFIED", "SUBMITTED", "DRAFT"] as const),
      values,
    });
  }
  // Corrections of verified activities by the organization department, through the correction
  // action: new values (some dropped), and now and then another day, in another month.
  const admin = await makeUser(db, "ADMIN");
  const verified = await db.activity.findMany({ where: { status: "VERIFIED" }, include: { values: true }, take: 30 });
  for (const activity of verified) {
    const values = Object.fromEntries(activity.values.filter(() => rng.chance(0.7)).map((v) => [v.indicatorId, rng.int(0, 60)]));
    const date = rng.chance(0.3) ? randomDay() : shanghaiDay(activity.date);
    await runOk(db, admin, correctActivityAction, { id: activity.id, pairingId: activity.pairingId, area: activity.area, date, title: activity.title, values, reason: "更正台帐数字" });
  }
});
afterAll(async () => db.$disconnect());

describe("ActivityRollup", () => {
  it("equals the raw sums of verified values per pairing, indicator and Shanghai month after verifications and corrections", async () => {
    const [raw, rolled] = await Promise.all([rawRollup(db), storedRollup(db)]);
    expect(Object.keys(raw).length).toBeGreaterThan(20);
    expect(rolled).toEqual(raw);
  });

  it("is rebuilt to the same rows", async () => {
    const before = await storedRollup(db);
    await rebuildRollup(db);
    expect(await storedRollup(db)).toEqual(before);
  });

  it("gives the same indicator totals as the raw values for whole, partial and mixed periods", async () => {
    let wholeMonths = 0;
    let edges = 0;
    for (let i = 0; i < 40; i++) {
      const from = i % 3 === 0 ? `201${rng.int(0, 1)}-${String(rng.int(1, 12)).padStart(2, "0")}-01` : shanghaiDay(addDays(fromShanghaiDay("2010-05-01"), rng.int(0, 480)));
      const to = shanghaiDay(addDays(fromShanghaiDay(from), rng.int(0, 400)));
      const split = splitByWholeMonths({ from, to });
      if (split.whole) wholeMonths++;
      edges += split.edges.length;
      const filter = filterFor({ role: "LEADER" }, { from, to }, rng.chance(0.3) ? rng.pick(townships) : undefined);
      expect(await indicatorTotals(db, filter)).toEqual(await rawIndicatorTotals(db, filter));
    }
    // Both paths were exercised.
    expect(wholeMonths).toBeGreaterThan(5);
    expect(edges).toBeGreaterThan(5);
  });
});

describe("verification by the organization department", () => {
  it("adds the activity's values to the dashboard's totals at once, through the rollup", async () => {
    const [pairing, indicator] = await Promise.all([db.pairing.findFirstOrThrow(), db.indicator.findFirstOrThrow()]);
    const filter = filterFor({ role: "LEADER" }, { from: "2012-03-01", to: "2012-03-31" });
    const pending = await makeActivity(db, { pairingId: pairing.id, day: "2012-03-15", status: "SUBMITTED", values: { [indicator.id]: 37 } });
    expect((await indicatorTotals(db, filter)).get(indicator.id)).toBeUndefined();
    const version = await dataVersion(db);

    const result = await runAs(db, await makeUser(db, "ADMIN"), verifyActivityAction, { id: pending.id });
    expect(result.ok).toBe(true);
    expect((await indicatorTotals(db, filter)).get(indicator.id)).toBe(37);
    expect(await indicatorTotals(db, filter)).toEqual(await rawIndicatorTotals(db, filter));
    // The dashboard's memo sees the change.
    expect(await dataVersion(db)).toBeGreaterThan(version);
  });
});
