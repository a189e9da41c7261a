// The units slice on a real database: who may write, what is validated, what may not be deleted,
// and that every change leaves its audit entry with before and after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createUnitAction, deleteUnitAction, updateUnitAction } from "@/features/units/mutations";
import { createDbWithAdmin, makePairing, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => ({ db, admin } = await createDbWithAdmin()));
afterAll(async () => db.$disconnect());

const valid = { name: "市审计局", kind: "ORGAN", isWindowService: "on", partyOrgName: "中共铁力市审计局支部", secretary: "李明", phone: "0458-1234567", memberCount: "23" };

describe("creating a unit", () => {
  it("stores the form's values and a lower-cased search column", async () => {
    const result = await runAs(db, admin, createUnitAction, { ...valid, name: "市ABC局" });
    expect(result.ok).toBe(true);
    const unit = await db.unit.findFirstOrThrow({ where: { name: "市ABC局" } });
    expect(unit).toMatchObject({ kind: "ORGAN", isWindowService: true, memberCount: 23, secretary: "李明" });
    expect(unit.searchText).toContain("市abc局");
  });

  it("refuses LEADER, LIAISON and VILLAGE users", async () => {
    const unit = await makeUnit(db);
    for (const user of [await makeUser(db, "LEADER"), await makeUser(db, "LIAISON", { unitId: unit.id }), await makeUser(db, "VILLAGE")]) {
      const result = await runAs(db, user, createUnitAction, { ...valid, name: `拒绝${user.id}` });
      expect(result).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    expect(await db.unit.count({ where: { name: { startsWith: "拒绝" } } })).toBe(0);
  });

  it("explains each invalid field", async () => {
    const result = await runAs(db, admin, createUnitAction, { name: "", kind: "PALACE", phone: "call me", memberCount: "-3" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { name: "此项为必填项。", kind: "请从列表中选择。", phone: "请输入有效的电话号码。", memberCount: "不能为负数。" },
    });
  });

  it("refuses a duplicate name next to the name field", async () => {
    await runOk(db, admin, createUnitAction, { ...valid, name: "市重复局" });
    const result = await runAs(db, admin, createUnitAction, { ...valid, name: "市重复局" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "铁力市已有名为“市重复局”的单位。" } });
    expect(await db.unit.count({ where: { name: "市重复局" } })).toBe(1);
  });
});

describe("editing a unit", () => {
  it("audits the row before and after", async () => {
    const unit = await makeUnit(db, { name: "市旧名局" });
    const result = await runAs(db, admin, updateUnitAction, { ...valid, id: unit.id, name: "市新名局" });
    expect(result.ok).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.update", entityId: String(unit.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "市旧名局" });
    expect(JSON.parse(entry.after!)).toMatchObject({ name: "市新名局" });
  });

  it("answers not found for a unit that does not exist", async () => {
    expect(await runAs(db, admin, updateUnitAction, { ...valid, id: 999_999 })).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
  });
});

describe("deleting a unit", () => {
  it("refuses a unit with pairings and keeps it", async () => {
    const unit = await makeUnit(db);
    await makePairing(db, unit.id, (await makeVillage(db)).id);
    const result = await runAs(db, admin, deleteUnitAction, { id: unit.id });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("1 个结对记录") });
    expect(await db.unit.findUnique({ where: { id: unit.id } })).not.toBeNull();
  });

  it("refuses a unit that still has user accounts", async () => {
    const unit = await makeUnit(db);
    await makeUser(db, "LIAISON", { unitId: unit.id });
    expect((await runAs(db, admin, deleteUnitAction, { id: unit.id })).ok).toBe(false);
  });

  it("deletes a free unit and keeps the deleted row in the audit log", async () => {
    const unit = await makeUnit(db, { name: "市待删局" });
    expect((await runAs(db, admin, deleteUnitAction, { id: unit.id })).ok).toBe(true);
    expect(await db.unit.findUnique({ where: { id: unit.id } })).toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "unit.delete", entityId: String(unit.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "市待删局" });
  });

  it("refuses a leader even for a free unit", async () => {
    const unit = await makeUnit(db);
    const leader = await makeUser(db, "LEADER");
    expect((await runAs(db, leader, deleteUnitAction, { id: unit.id })).ok).toBe(false);
    expect(await db.unit.findUnique({ where: { id: unit.id } })).not.toBeNull();
  });
});
