// Pairings on a real database: one active pairing per unit and village (checked with a message and
// guaranteed by the database), end dates never before start dates, a pairing with a ledger is
// ended rather than deleted, the contact leader is a LEADER, and only the organization department
// changes pairings — a liaison not even for their own unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import {
  createPairingAction,
  deletePairingAction,
  endPairingAction,
  reopenPairingAction,
  updatePairingAction,
} from "@/features/pairings/mutations";
import { createTestDb } from "../helpers/test-db";

import { day, makeActivity, makeCampaign, makePairing, makePledge, makeTownship, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  db = await createTestDb();
  admin = await makeUser(db, "ADMIN");
  // The current campaign, into which a pairing goes when the form names none.
  await makeCampaign(db, { name: "百局联百村" });
});
afterAll(async () => db.$disconnect());

const FORBIDDEN = "您没有权限进行此操作。";

async function unitAndVillage(unitName?: string, villageName?: string) {
  const unit = await makeUnit(db, unitName ? { name: unitName } : {});
  const village = await makeVillage(db, (await makeTownship(db)).id, villageName);
  return { unit, village };
}

describe("creating a pairing", () => {
  it("stores it as active with its key, goals and contact leader, and audits it", async () => {
    const { unit, village } = await unitAndVillage();
    const leader = await makeUser(db, "LEADER");
    const result = await runAs(db, admin, createPairingAction, {
      unitId: String(unit.id),
      villageId: String(village.id),
      startDate: "2010-06-01",
      goals: "发展棚室蔬菜",
      contactLeaderId: String(leader.id),
      contactLeaderName: "王建国（市委副书记）",
    });
    expect(result.ok).toBe(true);
    const pairing = await db.pairing.findFirstOrThrow({ where: { unitId: unit.id, villageId: village.id } });
    expect(pairing).toMatchObject({ status: "ACTIVE", activeKey: `${unit.id}:${village.id}`, goals: "发展棚室蔬菜", contactLeaderId: leader.id, endDate: null });
    expect(pairing.startDate).toEqual(day("2010-06-01"));
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "pairing.create", entityId: String(pairing.id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ unitId: unit.id, villageId: village.id });
  });

  it("accepts a named contact leader without an account", async () => {
    const { unit, village } = await unitAndVillage();
    const result = await runAs(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2010-07-01", contactLeaderName: "李振华" });
    expect(result.ok).toBe(true);
    expect(await db.pairing.findFirstOrThrow({ where: { unitId: unit.id } })).toMatchObject({ contactLeaderId: null, contactLeaderName: "李振华" });
  });

  it("refuses a second active pairing of the same unit and village, next to the village field", async () => {
    const { unit, village } = await unitAndVillage("市农业局甲", "满天红村甲");
    await makePairing(db, unit.id, village.id);
    const result = await runAs(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2011-01-01" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { villageId: "市农业局甲与满天红村甲在“百局联百村”中已有正在共建的结对，不能重复建立。" } });
    expect(await db.pairing.count({ where: { unitId: unit.id, villageId: village.id } })).toBe(1);
  });

  it("is guaranteed by the database too: a second row with the same active key is refused", async () => {
    const { unit, village } = await unitAndVillage();
    await makePairing(db, unit.id, village.id);
    await expect(makePairing(db, unit.id, village.id)).rejects.toMatchObject({ code: "P2002" });
  });

  it("allows a unit several villages, a village several units, and a new pairing once the old one ended", async () => {
    const { unit, village } = await unitAndVillage();
    const other = await makeVillage(db);
    const otherUnit = await makeUnit(db);
    const first = await makePairing(db, unit.id, village.id);
    expect((await runAs(db, admin, createPairingAction, { unitId: unit.id, villageId: other.id, startDate: "2010-06-01" })).ok).toBe(true);
    expect((await runAs(db, admin, createPairingAction, { unitId: otherUnit.id, villageId: village.id, startDate: "2010-06-01" })).ok).toBe(true);
    expect((await runAs(db, admin, endPairingAction, { id: first.id, endDate: "2011-01-31" })).ok).toBe(true);
    expect((await runAs(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2011-03-01" })).ok).toBe(true);
    expect(await db.pairing.count({ where: { unitId: unit.id, villageId: village.id } })).toBe(2);
  });

  it("explains missing choices and refuses a contact leader who is not a LEADER", async () => {
    const { unit, village } = await unitAndVillage();
    expect(await runAs(db, admin, createPairingAction, { unitId: "", villageId: "", startDate: "6/1/2010" })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: "请从列表中选择。", villageId: "请从列表中选择。", startDate: "请输入有效的日期。" },
    });
    const liaison = await makeUser(db, "LIAISON", { unitId: unit.id });
    expect(await runAs(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2010-06-01", contactLeaderId: liaison.id })).toMatchObject({
      ok: false,
      fieldErrors: { contactLeaderId: "联系领导须为在用的市领导账号。" },
    });
    expect(await runAs(db, admin, createPairingAction, { unitId: 999_999, villageId: village.id, startDate: "2010-06-01" })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: "所选单位不存在，请重新选择。" },
    });
  });
});

describe("ending and reopening a pairing", () => {
  it("ends it with a date, clears the active key and keeps the ledger", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id, day("2010-06-01"));
    await makeActivity(db, { pairingId: pairing.id, status: "VERIFIED" });
    expect((await runAs(db, admin, endPairingAction, { id: pairing.id, endDate: "2011-08-31" })).ok).toBe(true);
    const after = await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } });
    expect(after).toMatchObject({ status: "ENDED", activeKey: null, endDate: day("2011-08-31") });
    expect(await db.activity.count({ where: { pairingId: pairing.id } })).toBe(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "pairing.end", entityId: String(pairing.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ status: "ACTIVE" });
    expect(JSON.parse(entry.after!)).toMatchObject({ status: "ENDED", activeKey: null });
  });

  it("refuses an end date before the start date, in the future, or a second ending", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id, day("2010-06-01"));
    expect(await runAs(db, admin, endPairingAction, { id: pairing.id, endDate: "2010-05-31" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: "结束日期不能早于结对日期。" },
    });
    expect(await runAs(db, admin, endPairingAction, { id: pairing.id, endDate: "2999-01-01" })).toMatchObject({ ok: false, fieldErrors: { endDate: "结束日期不能晚于今天。" } });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).status).toBe("ACTIVE");
    expect((await runAs(db, admin, endPairingAction, { id: pairing.id, endDate: "2010-06-01" })).ok).toBe(true);
    expect(await runAs(db, admin, endPairingAction, { id: pairing.id, endDate: "2010-07-01" })).toMatchObject({ ok: false, error: "该结对已经结束。" });
  });

  it("reopens an ended pairing unless the pair is active again elsewhere", async () => {
    const { unit, village } = await unitAndVillage("市水务局乙", "丰收村乙");
    const old = await makePairing(db, unit.id, village.id);
    await runOk(db, admin, endPairingAction, { id: old.id, endDate: "2010-12-31" });
    expect((await runAs(db, admin, reopenPairingAction, { id: old.id })).ok).toBe(true);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "ACTIVE", endDate: null, activeKey: `${unit.id}:${village.id}` });

    await runOk(db, admin, endPairingAction, { id: old.id, endDate: "2010-12-31" });
    await runOk(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2011-01-01" });
    expect(await runAs(db, admin, reopenPairingAction, { id: old.id })).toMatchObject({ ok: false, error: "市水务局乙与丰收村乙在“百局联百村”中已有正在共建的结对，不能重复建立。" });
  });
});

describe("editing a pairing", () => {
  it("changes the start date, goals and contact leader, and audits before and after", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id);
    const result = await runAs(db, admin, updatePairingAction, { id: pairing.id, startDate: "2010-06-15", goals: "新的目标", contactLeaderName: "陈国栋" });
    expect(result.ok).toBe(true);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).toMatchObject({ goals: "新的目标", contactLeaderName: "陈国栋", startDate: day("2010-06-15"), endDate: null });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "pairing.update", entityId: String(pairing.id) } });
    expect(JSON.parse(entry.before!).goals).toBe("");
    expect(JSON.parse(entry.after!).goals).toBe("新的目标");
  });

  it("keeps an ended pairing's end date not before its start date", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id, day("2010-06-01"));
    await runOk(db, admin, endPairingAction, { id: pairing.id, endDate: "2011-01-01" });
    expect(await runAs(db, admin, updatePairingAction, { id: pairing.id, startDate: "2011-02-01", endDate: "2011-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: "结束日期不能早于结对日期。" },
    });
    expect(await runAs(db, admin, updatePairingAction, { id: pairing.id, startDate: "2010-06-01" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: "已结束的结对必须有结束日期。" },
    });
    expect((await runAs(db, admin, updatePairingAction, { id: pairing.id, startDate: "2010-06-01", endDate: "2011-02-01" })).ok).toBe(true);
  });
});

describe("deleting a pairing", () => {
  it("refuses a pairing with ledger records and offers ending it instead", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id);
    await makePledge(db, { pairingId: pairing.id });
    expect(await runAs(db, admin, deletePairingAction, { id: pairing.id })).toMatchObject({
      ok: false,
      error: "该结对已有 1 条台帐记录，不能删除。请改为“结束结对”，台帐将完整保留。",
    });
    expect(await db.pairing.findUnique({ where: { id: pairing.id } })).not.toBeNull();
  });

  it("deletes a pairing entered by mistake and keeps the row in the audit log", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id);
    expect((await runAs(db, admin, deletePairingAction, { id: pairing.id })).ok).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "pairing.delete", entityId: String(pairing.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ unitId: unit.id, villageId: village.id });
  });
});

describe("roles other than the organization department", () => {
  it("are refused every pairing change — a liaison and a village secretary even on their own pairing", async () => {
    const { unit, village } = await unitAndVillage();
    const pairing = await makePairing(db, unit.id, village.id);
    const ended = await makePairing(db, (await makeUnit(db)).id, village.id);
    await db.$transaction((tx) => tx.pairing.update({ where: { id: ended.id }, data: { status: "ENDED", activeKey: null, endDate: day("2011-01-01") } }));
    const fresh = await unitAndVillage();
    const users = [
      await makeUser(db, "LEADER"),
      await makeUser(db, "LIAISON", { unitId: unit.id }),
      await makeUser(db, "LIAISON", { unitId: (await makeUnit(db)).id }),
      await makeUser(db, "VILLAGE", { villageId: village.id }),
    ];
    for (const user of users) {
      const calls = [
        runAs(db, user, createPairingAction, { unitId: fresh.unit.id, villageId: fresh.village.id, startDate: "2011-01-01" }),
        runAs(db, user, updatePairingAction, { id: pairing.id, startDate: "2011-01-01", goals: "越权" }),
        runAs(db, user, endPairingAction, { id: pairing.id, endDate: "2011-01-01" }),
        runAs(db, user, reopenPairingAction, { id: ended.id }),
        runAs(db, user, deletePairingAction, { id: pairing.id }),
      ];
      for (const result of await Promise.all(calls)) expect(result).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).toMatchObject({ status: "ACTIVE", goals: "" });
    expect(await db.pairing.findUniqueOrThrow({ where: { id: ended.id } })).toMatchObject({ status: "ENDED" });
    expect(await db.pairing.count({ where: { unitId: fresh.unit.id } })).toBe(0);
  });
});
