// The security administrator's sign-in controls (三员分立: only SECADMIN): a locked account or
// source address is listed and can be unlocked, after which the right password signs in again; a
// user's open sessions are listed (by handle, never by id) and one can be ended, after which its
// cookie opens nothing. Both are audit entries on the security tab; the system administrator, the
// audit administrator and the organization department are refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTabOf } from "@/domain/audit-events";
import { endSessionAction, unlockSignInAction } from "@/features/users/security-mutations";
import { lockedSignIns, openSessions } from "@/features/users/security-queries";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "@/server/db-client";
import { LOGIN_THROTTLE } from "@/server/login-throttle";
import { checkSession } from "@/server/user-sessions";
import { LoginThrottledError, verifyCredentials } from "@/server/verify-credentials";
import { makeUser, runAs } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

const t = translatorFor("zh-CN");
const IDLE = { idleMinutes: 30 };

let db: Db;
let secadmin: Awaited<ReturnType<typeof makeUser>>;
let others: Awaited<ReturnType<typeof makeUser>>[];
beforeAll(async () => {
  db = await createTestDb();
  secadmin = await makeUser(db, "SECADMIN");
  others = [await makeUser(db, "SYSADMIN"), await makeUser(db, "AUDITOR"), await makeUser(db, "ADMIN")];
});
afterAll(async () => db.$disconnect());

let address = 0;
const signIn = (user: { username: string }, password: string) => verifyCredentials(db, { username: user.username, password }, { source: `10.9.0.${++address}` });

async function lockOut(user: { username: string }) {
  for (let i = 0; i < LOGIN_THROTTLE.accountFailures; i++) await signIn(user, "Wrong-Password-1").catch(() => null);
}

const lastAudit = async () => db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });

describe("unlocking a locked sign-in", () => {
  it("lists the locked account; the security administrator unlocks it and the right password works again", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    await lockOut(user);
    await expect(signIn(user, "Demo-1234")).rejects.toThrow(LoginThrottledError);
    const lock = (await lockedSignIns(db)).find((l) => l.name === user.username);
    expect(lock).toMatchObject({ kind: "account", key: `user:${user.username}` });

    for (const who of others) {
      expect(await runAs(db, who, unlockSignInAction, { key: lock!.key })).toEqual({ ok: false, error: t("errors.forbidden") });
    }
    expect((await lockedSignIns(db)).map((l) => l.key)).toContain(lock!.key);

    expect(await runAs(db, secadmin, unlockSignInAction, { key: lock!.key })).toMatchObject({ ok: true });
    expect((await lockedSignIns(db)).map((l) => l.key)).not.toContain(lock!.key);
    expect(await signIn(user, "Demo-1234")).not.toBeNull();
    const entry = (await db.auditEntry.findMany({ where: { action: "security.unlock" } })).at(-1)!;
    expect(entry).toMatchObject({ userId: secadmin.id, entity: "LoginThrottle", entityId: lock!.key });
    expect(auditTabOf(entry.action)).toBe("security");
  });

  it("answers 'not found' for a key that is not locked, writing nothing but the refusal", async () => {
    const before = await db.loginThrottle.count();
    expect(await runAs(db, secadmin, unlockSignInAction, { key: "user:nobody-locked" })).toEqual({ ok: false, error: t("errors.notFound") });
    expect(await runAs(db, secadmin, unlockSignInAction, { key: "nobody" })).toMatchObject({ ok: false, fieldErrors: { key: expect.any(String) } });
    expect(await db.loginThrottle.count()).toBe(before);
    expect((await lastAudit()).action).toBe("security.action.refused");
  });
});

describe("ending a user's session", () => {
  it("lists the open sessions by handle; the security administrator ends one and its cookie opens nothing", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const [first, second] = [await signIn(user, "Demo-1234"), await signIn(user, "Demo-1234")];
    const sessions = await openSessions(db, user.id);
    expect(sessions).toHaveLength(2);
    for (const s of sessions) expect([first!.sessionId, second!.sessionId]).not.toContain(s.handle);
    const target = sessions.find((s) => s.handle !== sessions[0].handle) ?? sessions[0];

    for (const who of others) {
      expect(await runAs(db, who, endSessionAction, { userId: String(user.id), handle: target.handle })).toEqual({ ok: false, error: t("errors.forbidden") });
    }
    expect(await openSessions(db, user.id)).toHaveLength(2);

    expect(await runAs(db, secadmin, endSessionAction, { userId: String(user.id), handle: target.handle })).toMatchObject({ ok: true });
    const open = await Promise.all([first, second].map((s) => checkSession(db, { id: user.id, sid: s!.sessionId }, IDLE)));
    expect(open.filter(Boolean)).toHaveLength(1);
    expect((await openSessions(db, user.id)).map((s) => s.handle)).toEqual(sessions.filter((s) => s !== target).map((s) => s.handle));
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: "security.endSession", userId: secadmin.id, entity: "User", entityId: String(user.id) });
    expect(entry.after).not.toContain(first!.sessionId);
    expect(entry.after).not.toContain(second!.sessionId);

    // Ended once, it is gone: a second end, or a handle of another user's, is "not found".
    expect(await runAs(db, secadmin, endSessionAction, { userId: String(user.id), handle: target.handle })).toEqual({ ok: false, error: t("errors.notFound") });
    const stranger = await makeUser(db, "LEADER");
    const remaining = (await openSessions(db, user.id))[0];
    expect(await runAs(db, secadmin, endSessionAction, { userId: String(stranger.id), handle: remaining.handle })).toEqual({ ok: false, error: t("errors.notFound") });
    expect(await openSessions(db, user.id)).toHaveLength(1);
  });
});
