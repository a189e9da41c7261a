// The organization department's review: verify (and only then the activity counts: the rollup
// equals the raw sums), return with a reason, correct a verified activity with a reason — and
// the whole loop a liaison and a reviewer walk through, as its history shows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createActivityAction, updateActivityAction } from "@/features/activities/mutations-recording";
import { correctActivityAction, returnActivityAction, verifyActivityAction } from "@/features/activities/mutations-review";
import { getActivityForReader, getActivityHistory } from "@/features/activities/queries";

import { makeActivity, runAs, runOk } from "../helpers/factories";
import { activityForm, createWorldDb, type World } from "../helpers/world";
import { rawAggregates, storedAggregates } from "../helpers/aggregates";
import { confirmActivityAction } from "@/features/activities/mutations-confirm";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

async function submitted(values: Record<number, number>, extra: Record<string, unknown> = {}) {
  const form = activityForm(w.pairingA.id, { intent: "submit", values, ...extra });
  const result = await runAs(db, w.liaisonA, createActivityAction, form);
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe("verifying", () => {
  it("verifies a submitted activity and adds its values to the official figures", async () => {
    const id = await submitted({ [w.count.id]: 6, [w.money.id]: 40200 }, { date: "2011-03-31" });
    expect(await runAs(db, w.admin, verifyActivityAction, { id })).toMatchObject({ ok: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "VERIFIED", verifiedById: w.admin.id });
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
    const row = await db.valueAggregate.findFirstOrThrow({ where: { indicatorId: w.money.id, month: "2011-03" } });
    expect(row).toMatchObject({ total: 40200, activityCount: 1 });
  });

  it("counts an activity once even when verified twice", async () => {
    const id = await submitted({ [w.count.id]: 2 });
    await runOk(db, w.admin, verifyActivityAction, { id });
    expect(await runAs(db, w.admin, verifyActivityAction, { id })).toMatchObject({ ok: false, error: "只有待审核的活动可以审核通过或退回。" });
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
  });

  it("refuses to verify a draft or a returned activity", async () => {
    for (const status of ["DRAFT", "RETURNED"] as const) {
      const activity = await makeActivity(db, { pairingId: w.pairingA.id, status });
      expect(await runAs(db, w.admin, verifyActivityAction, { id: activity.id })).toMatchObject({ ok: false });
      expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe(status);
    }
  });

  it("refuses liaisons, leaders and villages", async () => {
    const id = await submitted({});
    for (const user of [w.liaisonA, w.leader, w.villagerA]) {
      expect(await runAs(db, user, verifyActivityAction, { id })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
      expect(await runAs(db, user, returnActivityAction, { id, reason: "x" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    expect((await db.activity.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});

describe("returning", () => {
  it("needs a reason, and shows it to the liaison", async () => {
    const id = await submitted({});
    expect(await runAs(db, w.admin, returnActivityAction, { id, reason: "  " })).toMatchObject({ ok: false, fieldErrors: { reason: "此项为必填项。" } });
    expect(await runAs(db, w.admin, returnActivityAction, { id, reason: "请补充活动照片" })).toMatchObject({ ok: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED", returnReason: "请补充活动照片" });
  });

  it("cannot return a verified activity (it is corrected instead)", async () => {
    const id = await submitted({});
    await runOk(db, w.admin, verifyActivityAction, { id });
    expect(await runAs(db, w.admin, returnActivityAction, { id, reason: "晚了" })).toMatchObject({ ok: false });
  });
});

describe("the whole loop", () => {
  it("records, submits, returns, fixes, resubmits and verifies, and the history tells it", async () => {
    const id = await submitted({ [w.count.id]: 1 });
    await runOk(db, w.admin, returnActivityAction, { id, reason: "参加人数有误" });
    const fixed = await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id, { intent: "submit", villageParticipants: "30" }), id, values: { [w.count.id]: 1 } });
    expect(fixed).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    await runOk(db, w.admin, verifyActivityAction, { id });
    const history = await getActivityHistory(db, (await getActivityForReader(db, { ...w.admin, username: "a", displayName: "a" }, id))!);
    expect(history.map((h) => h.step)).toEqual(["submitted", "return", "submitted", "verify"]);
    expect(history[1].note).toBe("参加人数有误");
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
  });

  it("tells the history of an activity that came without audit entries from its own timestamps", async () => {
    const imported = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED" });
    await runOk(db, w.admin, verifyActivityAction, { id: imported.id });
    const history = await getActivityHistory(db, (await getActivityForReader(db, { ...w.admin, username: "a", displayName: "a" }, imported.id))!);
    expect(history.map((h) => h.step)).toEqual(["submitted", "verify"]);
  });
});

describe("correcting a verified activity", () => {
  it("needs a reason", async () => {
    const id = await submitted({ [w.count.id]: 3 });
    await runOk(db, w.admin, verifyActivityAction, { id });
    const result = await runAs(db, w.admin, correctActivityAction, { ...activityForm(w.pairingA.id), id, values: { [w.count.id]: 4 } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { reason: "此项为必填项。" } });
  });

  it("moves the figures from the old values to the new, marks the correction and audits before and after", async () => {
    const id = await submitted({ [w.count.id]: 5, [w.money.id]: 10000 }, { date: "2011-01-10" });
    await runOk(db, w.admin, verifyActivityAction, { id });
    // The village had confirmed the old content; the corrected one needs confirming again.
    await runOk(db, w.villagerA, confirmActivityAction, { id, decision: "CONFIRMED" });

    const result = await runAs(db, w.admin, correctActivityAction, {
      ...activityForm(w.pairingB.id, { date: "2011-02-15" }),
      id,
      values: { [w.count.id]: 7 },
      reason: "结对填错，金额不属实",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await db.activity.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "VERIFIED", pairingId: w.pairingB.id, correctionReason: "结对填错，金额不属实", confirmation: "PENDING" });
    expect(after.correctedAt).not.toBeNull();
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
    expect(await db.pairingAreaMonth.findMany({ where: { pairingId: w.pairingA.id, month: "2011-01" } })).toEqual([]);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "activity.correct", entityId: String(id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ pairingId: w.pairingA.id, values: [{ indicatorId: w.count.id, value: 5 }, { indicatorId: w.money.id, value: 10000 }] });
    expect(JSON.parse(entry.after!)).toMatchObject({ pairingId: w.pairingB.id, values: [{ indicatorId: w.count.id, value: 7 }], correctionReason: "结对填错，金额不属实" });
  });

  it("refuses correcting an activity that is not verified, and refuses liaisons", async () => {
    const id = await submitted({});
    expect(await runAs(db, w.admin, correctActivityAction, { ...activityForm(w.pairingA.id), id, reason: "x" })).toMatchObject({
      ok: false,
      error: "只有已审核的活动需要更正；其他状态的活动请直接修改。",
    });
    await runOk(db, w.admin, verifyActivityAction, { id });
    expect(await runAs(db, w.liaisonA, correctActivityAction, { ...activityForm(w.pairingA.id), id, reason: "x" })).toMatchObject({
      ok: false,
      error: "您没有权限进行此操作。",
    });
  });

  it("keeps the aggregates equal to the raw counts and sums across many verifications and corrections", async () => {
    for (let i = 0; i < 6; i++) {
      const id = await submitted({ [w.count.id]: i + 1, [w.money.id]: (i + 1) * 1000 }, { date: `2011-0${(i % 3) + 4}-0${i + 1}` });
      await runOk(db, w.admin, verifyActivityAction, { id });
      if (i % 2 === 0) {
        await runOk(db, w.admin, correctActivityAction, { ...activityForm(w.pairingA.id, { date: "2011-07-01" }), id, values: { [w.money.id]: 1 }, reason: "更正" });
      }
    }
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
  });
});
