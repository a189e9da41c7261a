// PledgeAggregate after a random sequence of the real pledge actions — make, edit (due date and
// pairing), start, fulfil, review, countersign, a village moving township — equals both a plain
// recount of the pledges and a fresh rebuild, and the dashboard's pledge figures read from it equal
// the raw counts of the pledge list's condition for random viewers, campaigns, townships and
// periods (whole months, partial months or both).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { rebuildAggregates } from "@/server/aggregates";
import { confirmPledgeAction, createPledgeAction, fulfilPledgeAction, reviewPledgeAction, startPledgeAction, updatePledgeAction } from "@/features/pledges/mutations";
import { updateVillageAction } from "@/features/villages/mutations";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import { countPledges } from "@/features/dashboard/queries/headline";
import { pledgeWhere } from "@/features/dashboard/queries/record-filters";
import { pledgesPerMonth } from "@/features/dashboard/queries/trends";
import { splitByWholeMonths, type Period } from "@/features/dashboard/period";
import { Rng } from "../../prisma/seed/random";
import { rawPledgeAggregates, storedPledgeAggregates } from "../helpers/pledge-aggregates";
import { createTestDb } from "../helpers/test-db";
import { makePledge, makeUser, runOk } from "../helpers/factories";
import { makeRandomWorld, randomFilter as randomDashboardFilter } from "../helpers/dashboard-filter";

let db: Db;
const rng = new Rng(131313);
let townships: number[] = [];
let campaigns: number[] = [];
const pairings: { id: number; unitId: number; villageId: number }[] = [];
const randomDay = () => shanghaiDay(addDays(fromShanghaiDay("2010-06-01"), rng.int(0, 450)));

beforeAll(async () => {
  db = await createTestDb();
  const world = await makeRandomWorld(db, 6);
  ({ townships, campaigns } = world);
  pairings.push(...world.pairings);
  // A starting list written by the factory (which counts it as the actions would).
  for (let i = 0; i < 30; i++) {
    await makePledge(db, { pairingId: rng.pick(pairings).id, due: randomDay(), status: rng.pick(["PROMISED", "IN_PROGRESS", "FULFILLED"] as const) });
  }
  await randomActions(120);
}, 240_000);
afterAll(async () => db.$disconnect());

/** `n` random steps through the real actions, as the department, the liaisons and the villages would take them. */
async function randomActions(n: number) {
  const admin = await makeUser(db, "ADMIN");
  const form = (pairingId: number) => ({ pairingId, pledgerKind: "MEMBER", pledgerName: "张三", content: `随机承诺${rng.int(1, 1e6)}`, dueDate: randomDay() });
  const pick = async (status: ("PROMISED" | "IN_PROGRESS" | "FULFILLED")[]) => {
    const rows = await db.pledge.findMany({ where: { status: { in: status } }, select: { id: true, pairingId: true, version: true } });
    return rows.length > 0 ? rng.pick(rows) : null;
  };
  for (let step = 0; step < n; step++) {
    const action = rng.pick(["create", "create", "edit", "edit", "start", "fulfil", "fulfil", "review", "confirm", "move"] as const);
    if (action === "create") {
      await runOk(db, admin, createPledgeAction, form(rng.pick(pairings).id));
    } else if (action === "edit") {
      // A new due date, and now and then another pairing (another township, region or campaign).
      const p = await pick(["PROMISED", "IN_PROGRESS"]);
      if (p) await runOk(db, admin, updatePledgeAction, { ...form(rng.chance(0.6) ? p.pairingId : rng.pick(pairings).id), id: p.id, version: p.version });
    } else if (action === "start") {
      const p = await pick(["PROMISED"]);
      if (p) await runOk(db, admin, startPledgeAction, { id: p.id });
    } else if (action === "fulfil") {
      const p = await pick(["PROMISED", "IN_PROGRESS"]);
      if (p) await runOk(db, admin, fulfilPledgeAction, { id: p.id, fulfilledAt: randomDay(), evidence: "已完成" });
    } else if (action === "review") {
      const p = await pick(["FULFILLED"]);
      if (p) await runOk(db, admin, reviewPledgeAction, { id: p.id, rating: "GOOD", comment: "" });
    } else if (action === "confirm") {
      const p = await pick(["FULFILLED"]);
      if (!p) continue;
      const villager = await makeUser(db, "VILLAGE", { villageId: pairings.find((x) => x.id === p.pairingId)!.villageId });
      await runOk(db, villager, confirmPledgeAction, { id: p.id, decision: rng.chance(0.8) ? "CONFIRMED" : "DISPUTED", comment: "村里核对" });
    } else if (action === "move" && rng.chance(0.4)) {
      // A village put under another township: its pledges move with it.
      const village = await db.village.findUniqueOrThrow({ where: { id: rng.pick(pairings).villageId } });
      await runOk(db, admin, updateVillageAction, { id: village.id, version: village.version, name: village.name, townshipId: rng.pick(townships.filter((t) => t !== village.townshipId)) });
    }
  }
}

const randomPeriod = (): Period => {
  const from = rng.chance(0.35) ? `201${rng.int(0, 1)}-${String(rng.int(1, 12)).padStart(2, "0")}-01` : shanghaiDay(addDays(fromShanghaiDay("2010-05-01"), rng.int(0, 480)));
  return { from, to: shanghaiDay(addDays(fromShanghaiDay(from), rng.int(0, 400))) };
};

const randomFilter = () => randomDashboardFilter(rng, { pairings, townships, campaigns }, randomPeriod);

describe("PledgeAggregate after a random sequence of pledge actions", () => {
  it("equals a plain recount of the pledges", async () => {
    const raw = await rawPledgeAggregates(db);
    expect(Object.keys(raw).length).toBeGreaterThan(20);
    expect(Object.keys(raw).some((k) => k.endsWith("|FULFILLED"))).toBe(true);
    expect(await storedPledgeAggregates(db)).toEqual(raw);
  });

  it("equals a fresh rebuild from the pledges", async () => {
    const before = await storedPledgeAggregates(db);
    await rebuildAggregates(db);
    expect(await storedPledgeAggregates(db)).toEqual(before);
  });

  it("gives the pledge figures the raw counts of the pledge list for any viewer, campaign, township and period", async () => {
    let wholeMonths = 0;
    let edges = 0;
    for (let i = 0; i < 40; i++) {
      const filter = randomFilter();
      const split = splitByWholeMonths(filter.period);
      if (split.whole) wholeMonths++;
      edges += split.edges.length;
      const raw = async (f: DashboardFilter) => ({ total: await db.pledge.count({ where: pledgeWhere(f) }), fulfilled: await db.pledge.count({ where: pledgeWhere(f, "fulfilled") }) });
      expect(await countPledges(db, filter)).toEqual(await raw(filter));
      for (const m of await pledgesPerMonth(db, filter)) expect({ total: m.due, fulfilled: m.fulfilled }, m.month).toEqual(await raw({ ...filter, period: m.period }));
    }
    expect(wholeMonths).toBeGreaterThan(5);
    expect(edges).toBeGreaterThan(5);
  }, 120_000);
});
