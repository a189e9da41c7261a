// 双向确认: a village confirms or disputes what was reported for it — its own village only, only
// what was actually reported — and the dashboard can read the confirmed share.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { confirmActivityAction } from "@/features/activities/mutations-confirm";
import { updateActivityAction } from "@/features/activities/mutations-recording";

import { makeActivity, runAs } from "../helpers/factories";
import { activityForm, createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

describe("the village's countersign", () => {
  it("confirms a submitted or verified activity of its own village", async () => {
    for (const status of ["SUBMITTED", "VERIFIED"] as const) {
      const activity = await makeActivity(db, { pairingId: w.pairingA.id, status });
      expect(await runAs(db, w.villagerA, confirmActivityAction, { id: activity.id, decision: "CONFIRMED" })).toMatchObject({ ok: true });
      const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
      expect(after).toMatchObject({ confirmation: "CONFIRMED", confirmedById: w.villagerA.id, confirmationComment: null });
      expect(after.confirmedAt).not.toBeNull();
    }
  });

  it("disputes only with a comment", async () => {
    const activity = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED" });
    expect(await runAs(db, w.villagerA, confirmActivityAction, { id: activity.id, decision: "DISPUTED", comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { comment: "此项为必填项。" },
    });
    expect(await runAs(db, w.villagerA, confirmActivityAction, { id: activity.id, decision: "DISPUTED", comment: "实际只走访了3户" })).toMatchObject({ ok: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ confirmation: "DISPUTED", confirmationComment: "实际只走访了3户" });
  });

  it("refuses confirming another village's activity as not found, and changes nothing", async () => {
    const theirs = await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED" });
    expect(await runAs(db, w.villagerA, confirmActivityAction, { id: theirs.id, decision: "CONFIRMED" })).toMatchObject({
      ok: false,
      error: "记录不存在，或您无权查看。",
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id: theirs.id } })).confirmation).toBe("PENDING");
  });

  it("cannot confirm a draft or a returned activity: nothing has been reported yet", async () => {
    for (const status of ["DRAFT", "RETURNED"] as const) {
      const activity = await makeActivity(db, { pairingId: w.pairingA.id, status });
      expect(await runAs(db, w.villagerA, confirmActivityAction, { id: activity.id, decision: "CONFIRMED" })).toMatchObject({ ok: false });
    }
  });

  it("is for village users only", async () => {
    const activity = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED" });
    for (const user of [w.admin, w.liaisonA, w.leader]) {
      expect(await runAs(db, user, confirmActivityAction, { id: activity.id, decision: "CONFIRMED" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
  });

  it("asks again once the unit changes what it reported", async () => {
    const activity = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED" });
    expect(await runAs(db, w.villagerA, confirmActivityAction, { id: activity.id, decision: "DISPUTED", comment: "日期不对" })).toMatchObject({ ok: true });
    await db.$transaction((tx) => tx.activity.update({ where: { id: activity.id }, data: { status: "RETURNED", returnReason: "请核实日期" } }));
    expect(await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id, { intent: "submit" }), id: activity.id })).toMatchObject({ ok: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "SUBMITTED", confirmation: "PENDING", confirmationComment: null });
  });
});
