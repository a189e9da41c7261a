// A village's dispute reaches the organization department and the recording liaison, is shown apart,
// and is resolved by the department: upheld with a note (still counts), or returned to the liaison
// (out of the official figures — the rollup too — until verified again).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDisputeOpen, openDisputeWhere } from "@/domain/countersign";
import type { Db } from "@/server/db-client";
import { confirmActivityAction } from "@/features/activities/mutations-confirm";
import { resolveDisputeAction } from "@/features/activities/mutations-dispute";
import { workQueuesFor } from "@/features/work-queues/queries";
import { asCurrentUser, makeActivity, makePledge, runAs, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";
import { aggregatedTotal, rawAggregates, storedAggregates } from "../helpers/aggregates";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

async function disputed(pairingId: number, value = 7) {
  const activity = await makeActivity(db, { pairingId, status: "VERIFIED", values: { [w.count.id]: value } });
  const villager = pairingId === w.pairingA.id ? w.villagerA : w.villagerB;
  await runOk(db, villager, confirmActivityAction, { id: activity.id, decision: "DISPUTED", comment: "活动当天村里没有人参加" });
  return activity;
}

/** The verified total of the count indicator in the pairing's township, as the aggregates keep it. */
const rollupSum = async (pairingId: number) => {
  const { village } = await db.pairing.findUniqueOrThrow({ where: { id: pairingId }, select: { village: { select: { townshipId: true } } } });
  return aggregatedTotal(db, w.count.id, { townshipId: village.townshipId });
};

describe("a village's dispute of an activity", () => {
  it("waits in the department's and the recording liaison's queues, with its age; not in another unit's", async () => {
    const a = await disputed(w.pairingA.id);
    const now = new Date();
    const keys = async (user: typeof w.admin) => Object.fromEntries((await workQueuesFor(db, asCurrentUser(user), now)).map((q) => [q.key, q]));
    expect((await keys(w.admin)).disputed.items.map((i) => i.id)).toContain(a.id);
    const mine = (await keys(w.liaisonA)).disputedMine;
    expect(mine.items.map((i) => i.id)).toEqual([a.id]);
    expect(mine.items[0].waitingSince).toBeInstanceOf(Date);
    expect((await keys(w.liaisonB)).disputedMine.count).toBe(0);
  });

  it("may be resolved only by the organization department; a refused try writes nothing", async () => {
    const a = await disputed(w.pairingA.id);
    for (const user of [w.leader, w.liaisonA, w.villagerA]) {
      const result = await runAs(db, user, resolveDisputeAction, { id: a.id, outcome: "RETURN", note: "退回" });
      expect(result.ok).toBe(false);
    }
    const after = await db.activity.findUniqueOrThrow({ where: { id: a.id } });
    expect(after.status).toBe("VERIFIED");
    expect(isDisputeOpen(after)).toBe(true);
    const missingNote = await runAs(db, w.admin, resolveDisputeAction, { id: a.id, outcome: "UPHOLD", note: " " });
    expect(missingNote.ok).toBe(false);
  });

  it("upheld: stays verified and counted, no longer open, with the note", async () => {
    const a = await disputed(w.pairingB.id, 5);
    const before = await rollupSum(w.pairingB.id);
    await runOk(db, w.admin, resolveDisputeAction, { id: a.id, outcome: "UPHOLD", note: "经电话核实，活动属实" });
    const after = await db.activity.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({ status: "VERIFIED", confirmation: "DISPUTED", disputeNote: "经电话核实，活动属实" });
    expect(isDisputeOpen(after)).toBe(false);
    expect(await rollupSum(w.pairingB.id)).toBe(before);
    // A second resolution finds nothing open.
    expect((await runAs(db, w.admin, resolveDisputeAction, { id: a.id, outcome: "RETURN", note: "再退回" })).ok).toBe(false);
    // The village disputes again: the question is open again.
    await runOk(db, w.villagerB, confirmActivityAction, { id: a.id, decision: "DISPUTED", comment: "仍有异议" });
    expect(isDisputeOpen(await db.activity.findUniqueOrThrow({ where: { id: a.id } }))).toBe(true);
    // Every step (dispute, resolution, dispute again) kept the disputed counts equal to the rows.
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
  });

  it("returned: goes back to the liaison with the note as the reason, and leaves the official figures", async () => {
    const a = await disputed(w.pairingB.id, 11);
    const before = await rollupSum(w.pairingB.id);
    await runOk(db, w.admin, resolveDisputeAction, { id: a.id, outcome: "RETURN", note: "请核实参加人数后重新报送" });
    const after = await db.activity.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({ status: "RETURNED", returnReason: "请核实参加人数后重新报送" });
    expect(await rollupSum(w.pairingB.id)).toBe(before - 11);
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "activity.resolveDispute", entityId: String(a.id) } });
    expect(audit.userId).toBe(w.admin.id);
  });

  it("the open-dispute rule selects the same rows as a where and as a predicate", async () => {
    const all = await db.activity.findMany();
    const selected = await db.activity.findMany({ where: openDisputeWhere });
    expect(selected.map((r) => r.id).sort()).toEqual(all.filter(isDisputeOpen).map((r) => r.id).sort());
    expect(selected.length).toBeGreaterThan(0);
  });

  it("fulfilled pledges awaiting review are in the department's queue", async () => {
    const p = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    const queue = (await workQueuesFor(db, asCurrentUser(w.admin))).find((q) => q.key === "pledgesToReview");
    expect(queue?.items.map((i) => i.id)).toContain(p.id);
  });
});
