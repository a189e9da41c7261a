// Changing one's own password on a real database: the current password is required, the new one is
// long enough and typed twice alike; afterwards only the new password signs in, the user's other
// sessions end, and the audit entry holds no hash. Every role may do it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { loadCurrentUser } from "@/server/current-user";
import { verifyCredentials } from "@/server/verify-credentials";
import { changeOwnPasswordAction } from "@/features/account/mutations";
import { createTestDb } from "../helpers/test-db";

import { claimsOf, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

const change = (current: string, next: string, confirm = next) => ({ currentPassword: current, newPassword: next, confirmPassword: confirm });

describe("changing one's own password", () => {
  it("requires the current password, a new one of at least 8 characters, typed twice alike", async () => {
    const user = await makeUser(db, "LEADER", { password: "demo1234" });
    expect(await runAs(db, user, changeOwnPasswordAction, change("wrong-one", "New-password1"))).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "当前密码不正确。" },
    });
    expect(await runAs(db, user, changeOwnPasswordAction, change("demo1234", "short"))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: "新密码至少 8 位。" },
    });
    expect(await runAs(db, user, changeOwnPasswordAction, change("demo1234", "New-password1", "New-passwort1"))).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "两次输入的新密码不一致。" },
    });
    const strong = await makeUser(db, "LEADER", { password: "Demo-1234" });
    expect(await runAs(db, strong, changeOwnPasswordAction, change("Demo-1234", "Demo-1234"))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: "新密码不能与当前密码相同。" },
    });
    expect(await runAs(db, user, changeOwnPasswordAction, change("", "New-password1"))).toMatchObject({ ok: false, fieldErrors: { currentPassword: "此项为必填项。" } });
    expect(await verifyCredentials(db, { username: user.username, password: "demo1234" })).not.toBeNull();
  });

  it("requires three kinds of characters and no username in the new password (等保 2.0 password rules)", async () => {
    const user = await makeUser(db, "LEADER", { password: "demo1234" });
    for (const weak of ["demo12345", "abcdefgh", "ABCDEFGH1", "12345678!"]) {
      expect(await runAs(db, user, changeOwnPasswordAction, change("demo1234", weak)), weak).toMatchObject({
        ok: false,
        fieldErrors: { newPassword: "新密码须包含大写字母、小写字母、数字、其他符号中的至少三类。" },
      });
    }
    expect(await runAs(db, user, changeOwnPasswordAction, change("demo1234", `X-${user.username.toUpperCase()}-9`))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: "新密码不能包含用户名。" },
    });
    expect(await verifyCredentials(db, { username: user.username, password: "demo1234" })).not.toBeNull();
  });

  it("explains the rules in English too", async () => {
    const user = await makeUser(db, "LEADER", { password: "demo1234" });
    expect(await runAs(db, user, changeOwnPasswordAction, change("demo1234", "short", "other"), "en")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: "The new password needs at least 8 characters.", confirmPassword: "The two new passwords do not match." },
    });
  });

  it("lets every role change it: then only the new password signs in and older sessions end", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    for (const [role, scope] of [["ADMIN", {}], ["LEADER", {}], ["LIAISON", { unitId: unit.id }], ["VILLAGE", { villageId: village.id }]] as const) {
      const user = await makeUser(db, role, { password: "demo1234", ...scope });
      const result = await runAs(db, user, changeOwnPasswordAction, change("demo1234", "A new secret 1"));
      expect(result).toEqual({ ok: true, data: { username: user.username } });
      expect(await verifyCredentials(db, { username: user.username, password: "demo1234" })).toBeNull();
      expect(await verifyCredentials(db, { username: user.username, password: "A new secret 1" })).toMatchObject({ id: user.id });
      // Every session signed in before the change ends; the browser that changed it signs in anew.
      expect(await loadCurrentUser(db, claimsOf(user))).toBeNull();
      expect(await loadCurrentUser(db, { ...claimsOf(user), sessionVersion: user.sessionVersion + 1 })).not.toBeNull();
    }
  });

  it("changes only the signed-in user's own password", async () => {
    const user = await makeUser(db, "ADMIN", { password: "demo1234" });
    const other = await makeUser(db, "LEADER", { password: "other-pass" });
    // Smuggling another id into the form changes nothing about the other account.
    expect((await runAs(db, user, changeOwnPasswordAction, { ...change("demo1234", "A new secret 1"), id: other.id, userId: other.id })).ok).toBe(true);
    expect(await verifyCredentials(db, { username: other.username, password: "other-pass" })).not.toBeNull();
  });

  it("is refused without a session", async () => {
    expect(await runAs(db, null, changeOwnPasswordAction, change("demo1234", "A new secret 1"))).toMatchObject({ ok: false, error: "登录已失效，请重新登录。" });
  });

  it("leaves an audit entry without any hash", async () => {
    const user = await makeUser(db, "LIAISON", { password: "demo1234", unitId: (await makeUnit(db)).id });
    await runOk(db, user, changeOwnPasswordAction, change("demo1234", "A new secret 1"));
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "account.changePassword", entityId: String(user.id) } });
    expect(entry.userId).toBe(user.id);
    expect(`${entry.before}${entry.after}`).not.toMatch(/\$2[aby]\$|passwordHash/);
    expect(JSON.parse(entry.after!)).toMatchObject({ passwordChanged: true });
  });
});
