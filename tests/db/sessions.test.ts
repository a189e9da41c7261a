// Sessions end on the server: a signed-in browser's row (UserSession) is ended by sign-out, by a
// change of the user's role or scope (for good: changing it back revives nothing), by a reset or
// changed password, by deactivation, and after the idle time; each end is an "auth." audit entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOwnPasswordAction } from "@/features/account/mutations";
import { deactivateUserAction, resetPasswordAction, updateUserAction } from "@/features/users/mutations";
import type { Db } from "@/server/db-client";
import { loadCurrentUser } from "@/server/current-user";
import { checkSession, endSession } from "@/server/user-sessions";
import { verifyCredentials } from "@/server/verify-credentials";
import { claimsOf, makeUnit, makeUser, runOk, TIELI_REGION_ID } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

const IDLE = { idleMinutes: 30 };
let address = 0;

/** Signs the user in as a browser would, from an address of its own, and returns the session's claims. */
async function signIn(user: { id: number; username: string }, password = "Demo-1234") {
  const result = await verifyCredentials(db, { username: user.username, password }, { source: `10.0.0.${++address}` });
  if (!result) throw new Error("sign-in refused");
  return { id: user.id, sid: result.sessionId };
}

describe("a session", () => {
  it("is open after sign-in, and a cookie naming no row, another user's row or none at all opens nothing", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const other = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const session = await signIn(user);
    expect(await checkSession(db, session, IDLE)).toBe(true);
    expect(await checkSession(db, { id: user.id, sid: "forged" }, IDLE)).toBe(false);
    expect(await checkSession(db, { id: other.id, sid: session.sid }, IDLE)).toBe(false);
    expect(await checkSession(db, { id: user.id }, IDLE)).toBe(false);
  });

  it("ends at sign-out: the same cookie, replayed, opens nothing", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const session = await signIn(user);
    const second = await signIn(user);
    await endSession(db, session.sid, "signOut");
    expect(await checkSession(db, session, IDLE)).toBe(false);
    // Signing out of one browser leaves the user's other browsers signed in.
    expect(await checkSession(db, second, IDLE)).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "auth.session.ended", userId: user.id, after: { contains: "signOut" } } })).toBe(1);
  });

  it("ends after the idle time without a request, and each request moves that time on", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const session = await signIn(user);
    const start = (await db.userSession.findUniqueOrThrow({ where: { id: session.sid } })).lastSeenAt.getTime();
    const minutes = (m: number) => new Date(start + m * 60_000);
    expect(await checkSession(db, session, { ...IDLE, now: minutes(20) })).toBe(true);
    expect(await checkSession(db, session, { ...IDLE, now: minutes(45) })).toBe(true);
    expect(await checkSession(db, session, { ...IDLE, now: minutes(76) })).toBe(false);
    // Once ended it stays ended, even if the clock is turned back.
    expect(await checkSession(db, session, { ...IDLE, now: minutes(46) })).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session.sid } })).toMatchObject({ endReason: "idle" });
    expect(await db.auditEntry.count({ where: { action: "auth.session.ended", userId: user.id, after: { contains: "idle" } } })).toBe(1);
    // The idle time is configurable (SESSION_IDLE_MINUTES).
    const short = await signIn(user);
    const shortStart = (await db.userSession.findUniqueOrThrow({ where: { id: short.sid } })).lastSeenAt.getTime();
    expect(await checkSession(db, short, { idleMinutes: 5, now: new Date(shortStart + 6 * 60_000) })).toBe(false);
  });

  it("ends for good when the role changes, even if it is changed back", async () => {
    const admin = await makeUser(db, "SECADMIN");
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const session = await signIn(user);
    await runOk(db, admin, updateUserAction, { id: user.id, displayName: user.displayName, role: "ADMIN", regionId: TIELI_REGION_ID });
    await runOk(db, admin, updateUserAction, { id: user.id, displayName: user.displayName, role: "LEADER", regionId: TIELI_REGION_ID });
    expect(await checkSession(db, session, IDLE)).toBe(false);
    // The action path refuses the old token's claims too (its sessionVersion is behind).
    expect(await loadCurrentUser(db, claimsOf(user))).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "auth.sessions.ended", entityId: String(user.id), after: { contains: "role" } } })).toBe(1);
    // A new sign-in works as before.
    expect(await checkSession(db, await signIn(user), IDLE)).toBe(true);
  });

  it("ends when a liaison moves to another unit, but not when only the name changes", async () => {
    const admin = await makeUser(db, "SYSADMIN");
    const [unitA, unitB] = [await makeUnit(db), await makeUnit(db)];
    const user = await makeUser(db, "LIAISON", { unitId: unitA.id, password: "Demo-1234" });
    const session = await signIn(user);
    await runOk(db, admin, updateUserAction, { id: user.id, displayName: "新名字", role: "LIAISON", unitId: unitA.id });
    expect(await checkSession(db, session, IDLE)).toBe(true);
    await runOk(db, admin, updateUserAction, { id: user.id, displayName: "新名字", role: "LIAISON", unitId: unitB.id });
    expect(await checkSession(db, session, IDLE)).toBe(false);
  });

  it("ends when an administrator resets the password or deactivates the user", async () => {
    const admin = await makeUser(db, "SYSADMIN");
    const reset = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const resetSession = await signIn(reset);
    await runOk(db, admin, resetPasswordAction, { id: reset.id });
    expect(await checkSession(db, resetSession, IDLE)).toBe(false);

    const gone = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const goneSession = await signIn(gone);
    await runOk(db, admin, deactivateUserAction, { id: gone.id });
    expect(await checkSession(db, goneSession, IDLE)).toBe(false);
    expect(await db.auditEntry.count({ where: { action: "auth.sessions.ended", entityId: { in: [String(reset.id), String(gone.id)] } } })).toBe(2);
  });

  it("ends, on every device, when the user changes their own password", async () => {
    const user = await makeUser(db, "LEADER", { password: "Demo-1234" });
    const [phone, desk] = [await signIn(user), await signIn(user)];
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await runOk(db, stored, changeOwnPasswordAction, { currentPassword: "Demo-1234", newPassword: "Xin-mima-2026", confirmPassword: "Xin-mima-2026" });
    expect(await checkSession(db, phone, IDLE)).toBe(false);
    expect(await checkSession(db, desk, IDLE)).toBe(false);
  });
});
