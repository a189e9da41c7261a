// User administration on a real database: accounts with a role and the scope it needs, generated
// passwords that work once shown, resets and deactivations that end existing sessions, the last
// active system administrator kept, only the system administrator (accounts) and the security
// administrator (roles) allowed, and no password hash ever written to the audit log.
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { loadCurrentUser } from "@/server/current-user";
import { verifyCredentials } from "@/server/verify-credentials";
import { createUserAction, deactivateUserAction, reactivateUserAction, resetPasswordAction, updateUserAction } from "@/features/users/mutations";
import { listUsers } from "@/features/users/queries";
import { createTestDb } from "../helpers/test-db";

import { claimsOf, makeUnit, makeUser, makeVillage, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
let secadmin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  db = await createTestDb();
  // `admin` here is the system administrator, who manages accounts (三员分立); roles are the security administrator's.
  admin = await makeUser(db, "SYSADMIN");
  secadmin = await makeUser(db, "SECADMIN");
});
afterAll(async () => db.$disconnect());

const FORBIDDEN = "您没有权限进行此操作。";

describe("creating a user", () => {
  it("creates a liaison bound to a unit, with a generated password that signs in", async () => {
    const unit = await makeUnit(db);
    const result = await runAs(db, admin, createUserAction, { username: " ZhangHY ", displayName: "张海燕", role: "LIAISON", unitId: String(unit.id) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.username).toBe("zhanghy");
    expect(result.data.password).toMatch(/^[A-Za-z0-9]{12}$/);
    const user = await db.user.findUniqueOrThrow({ where: { username: "zhanghy" } });
    expect(user).toMatchObject({ role: "LIAISON", unitId: unit.id, villageId: null, active: true });
    expect(user.passwordHash).not.toContain(result.data.password);
    expect(user.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(await verifyCredentials(db, { username: "zhanghy", password: result.data.password })).toMatchObject({ id: user.id, role: "LIAISON" });
  });

  it("gives every new account its own password", async () => {
    const village = await makeVillage(db);
    const a = await runAs(db, admin, createUserAction, { username: "cun-a", displayName: "甲", role: "VILLAGE", villageId: village.id });
    const b = await runAs(db, admin, createUserAction, { username: "cun-b", displayName: "乙", role: "VILLAGE", villageId: village.id });
    expect(a.ok && b.ok && a.data.password !== b.data.password).toBe(true);
  });

  it("requires a unit for a liaison and a village for a village secretary", async () => {
    expect(await runAs(db, admin, createUserAction, { username: "noscope1", displayName: "无单位", role: "LIAISON" })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: "单位联络员必须选择所属单位。" },
    });
    expect(await runAs(db, admin, createUserAction, { username: "noscope2", displayName: "无村", role: "VILLAGE", unitId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { villageId: "村党支部书记必须选择所属村。" },
    });
    expect(await runAs(db, admin, createUserAction, { username: "noscope3", displayName: "错单位", role: "LIAISON", unitId: 999_999 })).toMatchObject({
      ok: false,
      fieldErrors: { unitId: "所选单位不存在，请重新选择。" },
    });
    expect(await db.user.count({ where: { username: { startsWith: "noscope" } } })).toBe(0);
  });

  it("keeps neither unit nor village for a leader or an administrator", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    const result = await runAs(db, admin, createUserAction, { username: "leader-x", displayName: "李振华", role: "LEADER", unitId: unit.id, villageId: village.id, regionId: TIELI_REGION_ID });
    expect(result.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { username: "leader-x" } })).toMatchObject({ unitId: null, villageId: null });
  });

  it("refuses a taken or malformed username, next to the field", async () => {
    await makeUser(db, "LEADER", { password: "whatever1" });
    await runOk(db, admin, createUserAction, { username: "taken", displayName: "甲", role: "LEADER", regionId: TIELI_REGION_ID });
    expect(await runAs(db, admin, createUserAction, { username: "TAKEN", displayName: "乙", role: "LEADER", regionId: TIELI_REGION_ID })).toMatchObject({
      ok: false,
      fieldErrors: { username: "用户名“taken”已被使用。" },
    });
    expect(await runAs(db, admin, createUserAction, { username: "张三", displayName: "丙", role: "", unitId: "" })).toMatchObject({
      ok: false,
      fieldErrors: { username: "用户名须为 3–32 位小写字母、数字或 . _ -，并以字母或数字开头。", role: "请从列表中选择。" },
    });
  });
});

describe("resetting a password", () => {
  it("returns a new password that works, stops the old one, and ends the user's sessions", async () => {
    const user = await makeUser(db, "LEADER", { password: "old-password" });
    const claims = claimsOf(user);
    const result = await runAs(db, admin, resetPasswordAction, { id: user.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await verifyCredentials(db, { username: user.username, password: "old-password" })).toBeNull();
    expect(await verifyCredentials(db, { username: user.username, password: result.data.password })).not.toBeNull();
    expect(await loadCurrentUser(db, claims)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    expect(stored.passwordHash.startsWith("$2")).toBe(true);
    expect(bcrypt.getRounds(stored.passwordHash)).toBe(10);
  });

  it("is refused for the administrator's own account (that is what /account is for)", async () => {
    expect(await runAs(db, admin, resetPasswordAction, { id: admin.id })).toMatchObject({ ok: false, error: "不能在此重置自己的密码，请在“我的账号”中修改。" });
  });
});

describe("deactivating and reactivating", () => {
  it("ends the user's session at the next request and refuses their sign-in, until reactivated", async () => {
    const user = await makeUser(db, "LIAISON", { password: "secret-123", unitId: (await makeUnit(db)).id });
    expect(await loadCurrentUser(db, claimsOf(user))).not.toBeNull();
    expect((await runAs(db, admin, deactivateUserAction, { id: user.id })).ok).toBe(true);
    expect(await loadCurrentUser(db, claimsOf(user))).toBeNull();
    expect(await verifyCredentials(db, { username: user.username, password: "secret-123" })).toBeNull();
    expect(await runAs(db, admin, deactivateUserAction, { id: user.id })).toMatchObject({ ok: false, error: "该账号已经停用。" });

    expect((await runAs(db, admin, reactivateUserAction, { id: user.id })).ok).toBe(true);
    expect(await verifyCredentials(db, { username: user.username, password: "secret-123" })).not.toBeNull();
    expect(await runAs(db, admin, reactivateUserAction, { id: user.id })).toMatchObject({ ok: false, error: "该账号正在使用中。" });
  });

  it("does not let an administrator deactivate themself", async () => {
    expect(await runAs(db, admin, deactivateUserAction, { id: admin.id })).toMatchObject({ ok: false, error: "不能停用自己的账号。" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });
});

describe("editing a user", () => {
  it("changes name, role and scope, clearing the scope a role no longer has", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    const user = await makeUser(db, "LIAISON", { unitId: unit.id });
    expect((await runAs(db, admin, updateUserAction, { id: user.id, displayName: "赵长山", role: "LIAISON", unitId: unit.id })).ok).toBe(true);
    expect((await runAs(db, secadmin, updateUserAction, { id: user.id, displayName: "赵长山", role: "VILLAGE", villageId: village.id, unitId: unit.id })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "赵长山", role: "VILLAGE", unitId: null, villageId: village.id });
    // The changed role ends the sessions that carry the old one.
    expect(await loadCurrentUser(db, claimsOf(user))).toBeNull();
  });

  it("never demotes the last active system administrator, but lets one go while another remains", async () => {
    // Make `admin` the only active system administrator for this test (other tests' step aside).
    const others = await db.user.findMany({ where: { role: "SYSADMIN", active: true, id: { not: admin.id } }, select: { id: true } });
    await db.$transaction((tx) => tx.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } }));
    try {
      expect(await runAs(db, secadmin, updateUserAction, { id: admin.id, displayName: admin.displayName, role: "LEADER", regionId: TIELI_REGION_ID })).toMatchObject({
        ok: false,
        fieldErrors: { role: "这是最后一个在用的系统管理员或安全管理员账号，不能停用或改为其他角色。" },
      });
      expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("SYSADMIN");

      const second = await makeUser(db, "SYSADMIN");
      expect((await runAs(db, secadmin, updateUserAction, { id: second.id, displayName: second.displayName, role: "LEADER", regionId: TIELI_REGION_ID })).ok).toBe(true);
      expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).role).toBe("LEADER");
    } finally {
      await db.$transaction((tx) => tx.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } }));
    }
  });
});

describe("roles other than the system and security administrators", () => {
  it("are refused every user-administration action, and nothing changes", async () => {
    const unit = await makeUnit(db);
    const target = await makeUser(db, "LEADER", { password: "target-pass" });
    const users = [await makeUser(db, "ADMIN"), await makeUser(db, "AUDITOR"), await makeUser(db, "LEADER"), await makeUser(db, "LIAISON", { unitId: unit.id }), await makeUser(db, "VILLAGE", { villageId: (await makeVillage(db)).id })];
    for (const user of users) {
      const results = [
        await runAs(db, user, createUserAction, { username: `sneak${user.id}`, displayName: "越权", role: "ADMIN" }),
        await runAs(db, user, updateUserAction, { id: target.id, displayName: "越权", role: "ADMIN" }),
        await runAs(db, user, resetPasswordAction, { id: target.id }),
        await runAs(db, user, deactivateUserAction, { id: target.id }),
        await runAs(db, user, reactivateUserAction, { id: target.id }),
      ];
      for (const result of results) expect(result).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "LEADER", active: true, passwordHash: target.passwordHash, sessionVersion: 0 });
    expect(await db.user.count({ where: { username: { startsWith: "sneak" } } })).toBe(0);
  });
});

describe("the audit log", () => {
  it("records every user change without any password hash", async () => {
    const created = await runAs(db, admin, createUserAction, { username: "audited", displayName: "审计", role: "LEADER", regionId: TIELI_REGION_ID });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    await runOk(db, admin, updateUserAction, { id, displayName: "审计二", role: "LEADER", regionId: TIELI_REGION_ID });
    await runOk(db, secadmin, updateUserAction, { id, displayName: "审计二", role: "ADMIN", regionId: TIELI_REGION_ID });
    await runOk(db, admin, resetPasswordAction, { id });
    await runOk(db, admin, deactivateUserAction, { id });
    await runOk(db, admin, reactivateUserAction, { id });
    const entries = await db.auditEntry.findMany({ where: { entity: "User", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.update", "user.update", "user.resetPassword", "user.deactivate", "user.reactivate"]);
    const hash = (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;
    for (const entry of entries) {
      const text = `${entry.before ?? ""}${entry.after ?? ""}`;
      expect(text).not.toContain("passwordHash");
      expect(text).not.toContain(hash);
      expect(text).not.toMatch(/\$2[aby]\$/);
    }
    expect(JSON.parse(entries[4].after!)).toMatchObject({ active: false });
  });
});

describe("the user list", () => {
  it("filters by role and by active state, and searches username and name", async () => {
    const leader = await makeUser(db, "LEADER");
    await db.$transaction((tx) => tx.user.update({ where: { id: leader.id }, data: { displayName: "列表测试在用领导" } }));
    const gone = await makeUser(db, "LEADER");
    await db.$transaction((tx) => tx.user.update({ where: { id: gone.id }, data: { active: false, displayName: "列表测试停用领导" } }));
    const base = { q: "列表测试", sort: "username" as const, dir: "asc" as const, page: 1 };
    expect((await listUsers(db, { ...base, role: "LEADER" })).total).toBe(2);
    expect((await listUsers(db, { ...base, role: "ADMIN" })).total).toBe(0);
    expect((await listUsers(db, { ...base, active: true })).rows.map((u) => u.id)).toEqual([leader.id]);
    expect((await listUsers(db, { ...base, active: false })).rows.map((u) => u.id)).toEqual([gone.id]);
    expect((await listUsers(db, { ...base, q: leader.username.toUpperCase() })).rows.map((u) => u.id)).toEqual([leader.id]);
    expect(JSON.stringify((await listUsers(db, base)).rows)).not.toContain("passwordHash");
  });
});
