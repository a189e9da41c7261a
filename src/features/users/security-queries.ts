import "server-only";
import type { DbOrTx } from "@/server/db";
import { accountKey } from "@/server/login-throttle";
import { sessionHandle } from "@/server/user-sessions";

/** Accounts and source addresses the login throttle holds locked now, the longest lock first. */
export async function lockedSignIns(db: DbOrTx, now = new Date()) {
  const rows = await db.loginThrottle.findMany({ where: { lockedUntil: { gt: now } }, orderBy: { lockedUntil: "desc" }, take: 200 });
  return rows.map((r) => ({ key: r.key, kind: r.key.startsWith("user:") ? ("account" as const) : ("address" as const), name: r.key.replace(/^(user|ip):/, ""), lockedUntil: r.lockedUntil! }));
}

/** Whether the user's own account is locked now, and until when. */
export async function accountLock(db: DbOrTx, username: string, now = new Date()) {
  const row = await db.loginThrottle.findUnique({ where: { key: accountKey(username) } });
  return row?.lockedUntil && row.lockedUntil > now ? { key: row.key, lockedUntil: row.lockedUntil } : null;
}

/** The user's open sessions, newest first, each named by its handle (never its id). */
export async function openSessions(db: DbOrTx, userId: number) {
  const rows = await db.userSession.findMany({ where: { userId, endedAt: null }, orderBy: { createdAt: "desc" }, take: 50 });
  return rows.map((s) => ({ handle: sessionHandle(s.id), createdAt: s.createdAt, lastSeenAt: s.lastSeenAt }));
}
