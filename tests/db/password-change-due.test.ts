// A password an administrator set (new account, reset) — or one older than PASSWORD_MAX_AGE_DAYS —
// must be changed before anything else: every action but the change is refused, with a message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOwnPasswordAction } from "@/features/account/mutations";
import { createUnitAction } from "@/features/units/mutations";
import { createUserAction, resetPasswordAction } from "@/features/users/mutations";
import type { Db } from "@/server/db-client";
import { executeAction } from "@/server/action-core";
import { loadCurrentUser } from "@/server/current-user";
import { verifyCredentials } from "@/server/verify-credentials";
import { claimsOf, makeUser, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

const unit = (name: string) => ({ name, kind: "ORGAN" });

describe("a password that must be changed first", () => {
  it("is every password an administrator sets; until it is changed, only the change is open", async () => {
    const admin = await makeUser(db, "SYSADMIN");
    const created = await runOk(db, admin, createUserAction, { username: "xin.ganbu", displayName: "新干部", role: "ADMIN", regionId: TIELI_REGION_ID });
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.mustChangePassword).toBe(true);
    expect(await verifyCredentials(db, { username: "xin.ganbu", password: created.password })).not.toBeNull();
    expect((await loadCurrentUser(db, claimsOf(stored)))?.passwordChangeDue).toBe(true);

    expect(await runAs(db, stored, createUnitAction, unit("市档案局"))).toEqual({ ok: false, error: "请先修改登录密码，再进行其他操作。" });
    expect(await db.unit.count({ where: { name: "市档案局" } })).toBe(0);

    await runOk(db, stored, changeOwnPasswordAction, { currentPassword: created.password, newPassword: "Xin-ganbu-2026", confirmPassword: "Xin-ganbu-2026" });
    const changed = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(changed.mustChangePassword).toBe(false);
    expect((await runAs(db, changed, createUnitAction, unit("市档案局"))).ok).toBe(true);
  });

  it("is due again after a reset", async () => {
    const admin = await makeUser(db, "SYSADMIN");
    const user = await makeUser(db, "LEADER");
    await runOk(db, admin, resetPasswordAction, { id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true });
  });

  it("is due when the password is older than the configured age, and never when ageing is off", async () => {
    const user = await makeUser(db, "ADMIN");
    const old = new Date(Date.now() - 91 * 86_400_000);
    const row = await db.$transaction((tx) => tx.user.update({ where: { id: user.id }, data: { passwordChangedAt: old } }));
    expect((await loadCurrentUser(db, claimsOf(row), { passwordMaxAgeDays: 90 }))?.passwordChangeDue).toBe(true);
    expect((await loadCurrentUser(db, claimsOf(row), { passwordMaxAgeDays: 120 }))?.passwordChangeDue).toBe(false);
    expect((await loadCurrentUser(db, claimsOf(row), { passwordMaxAgeDays: 0 }))?.passwordChangeDue).toBe(false);
    const refused = await executeAction(createUnitAction, { db, claims: claimsOf(row), locale: "zh-CN", passwordMaxAgeDays: 90 }, unit("市统计局"));
    expect(refused).toEqual({ ok: false, error: "请先修改登录密码，再进行其他操作。" });
  });
});
