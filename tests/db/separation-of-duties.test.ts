// 三员分立 (等保 2.0 level 3): the system administrator (accounts), the security administrator
// (roles) and the audit administrator (the audit log) beside the organization department's ADMIN,
// each unable to do the others' work. The authorization matrix runs every action as each of them;
// here are the rules that are finer than a role: who may change which field of an account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/sqlite/enums";
import type { Db } from "@/server/db-client";
import { createUserAction, updateUserAction } from "@/features/users/mutations";
import { can, PERMISSIONS, type Permission } from "@/server/permissions";
import { createTestDb } from "../helpers/test-db";
import { makeUnit, makeUser, runAs, TIELI_REGION_ID } from "../helpers/factories";

let db: Db;
let sysadmin: Awaited<ReturnType<typeof makeUser>>;
let secadmin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  db = await createTestDb();
  sysadmin = await makeUser(db, "SYSADMIN");
  secadmin = await makeUser(db, "SECADMIN");
});
afterAll(async () => db.$disconnect());

const held = (role: Role) => (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p)).sort();

describe("the permissions of the three administrators", () => {
  it("are their own duty and their own account, nothing of the campaign or of each other", () => {
    expect(held("SYSADMIN")).toEqual(["account.self", "users.manage", "users.read", "users.update"]);
    expect(held("SECADMIN")).toEqual(["account.self", "security.manage", "users.read", "users.roles", "users.update"]);
    expect(held("AUDITOR")).toEqual(["account.self", "audit.read"]);
  });

  it("leave the organization department its business, but not accounts or the audit log", () => {
    const admin = held("ADMIN");
    expect(admin).toContain("activities.review");
    expect(admin.filter((p) => p.startsWith("users.") || p.startsWith("audit."))).toEqual([]);
  });
});

describe("the system administrator", () => {
  it("creates accounts with the campaign's roles, but cannot grant any administrator's role", async () => {
    expect((await runAs(db, sysadmin, createUserAction, { username: "xin.lingdao", displayName: "新领导", role: "LEADER", regionId: TIELI_REGION_ID })).ok).toBe(true);
    for (const role of ["SYSADMIN", "SECADMIN", "AUDITOR"]) {
      expect(await runAs(db, sysadmin, createUserAction, { username: `sneak.${role.toLowerCase()}`, displayName: "越权", role })).toMatchObject({
        ok: false,
        fieldErrors: { role: "角色由安全管理员调整；系统管理员只能新建业务角色（组织部、市领导、联络员、村书记）的账号。" },
      });
    }
    expect(await db.user.count({ where: { username: { startsWith: "sneak." } } })).toBe(0);
  });

  it("renames an account and moves a liaison to another unit, but cannot change a role", async () => {
    const [unitA, unitB] = [await makeUnit(db), await makeUnit(db)];
    const user = await makeUser(db, "LIAISON", { unitId: unitA.id });
    expect((await runAs(db, sysadmin, updateUserAction, { id: user.id, displayName: "新名字", role: "LIAISON", unitId: unitB.id })).ok).toBe(true);
    expect(await runAs(db, sysadmin, updateUserAction, { id: user.id, displayName: "新名字", role: "AUDITOR" })).toMatchObject({ ok: false, fieldErrors: { role: expect.any(String) } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "新名字", role: "LIAISON", unitId: unitB.id });
  });
});

describe("the security administrator", () => {
  it("grants a role, an administrator's included, but changes neither name nor scope alone", async () => {
    const [unitA, unitB] = [await makeUnit(db), await makeUnit(db)];
    const user = await makeUser(db, "LIAISON", { unitId: unitA.id });
    expect(await runAs(db, secadmin, updateUserAction, { id: user.id, displayName: "改名", role: "LIAISON", unitId: unitA.id })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    expect(await runAs(db, secadmin, updateUserAction, { id: user.id, displayName: user.displayName, role: "LIAISON", unitId: unitB.id })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    expect((await runAs(db, secadmin, updateUserAction, { id: user.id, displayName: user.displayName, role: "AUDITOR" })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: user.displayName, role: "AUDITOR", unitId: null });
  });

  it("cannot change their own role", async () => {
    await makeUser(db, "SECADMIN");
    expect(await runAs(db, secadmin, updateUserAction, { id: secadmin.id, displayName: secadmin.displayName, role: "ADMIN", regionId: TIELI_REGION_ID })).toMatchObject({
      ok: false,
      fieldErrors: { role: "不能调整自己的角色。" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: secadmin.id } })).role).toBe("SECADMIN");
  });
});
