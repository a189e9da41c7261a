// Sessions on the server: the cookie (a JWT) only names a UserSession row, and that row decides.
// A row ends at sign-out, when the user's role, scope, password or status changes, and after
// SESSION_IDLE_MINUTES without a request; an ended row never comes back, so changing a role and
// changing it back does not revive the old cookie. Every page, action and route handler reads the
// session through session.ts, which calls checkSession once per request.
import { createHash, randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "./db-client";
import { recordSecurityEvent } from "./security-events";

export type SessionEndReason = "signOut" | "idle" | "role" | "scope" | "password" | "deactivated" | "securityAdmin";

/** lastSeenAt is written at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(tx: DbOrTx, userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  return id;
}

/**
 * Whether the session `sessionId` of user `userId` is still open; an idle one is ended (and the
 * event recorded) here, an open one has its last request noted.
 */
export async function checkSession(db: Db, claims: { id: number; sid?: string }, options: { idleMinutes: number; now?: Date }): Promise<boolean> {
  if (typeof claims.sid !== "string" || claims.sid === "") return false;
  const now = options.now ?? new Date();
  const row = await db.userSession.findUnique({ where: { id: claims.sid } });
  if (!row || row.userId !== claims.id || row.endedAt) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > options.idleMinutes * 60_000) {
    await endSession(db, row.id, "idle", now);
    return false;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.$transaction((tx) => tx.userSession.updateMany({ where: { id: row.id, endedAt: null }, data: { lastSeenAt: now } }));
  }
  return true;
}

/** Ends one session (sign-out, idle) and records it. */
export async function endSession(db: Db, sessionId: string, reason: SessionEndReason, now = new Date()): Promise<void> {
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, endedAt: true } });
  if (!row || row.endedAt) return;
  const { count } = await db.$transaction((tx) => tx.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } }));
  if (count > 0) await recordSecurityEvent(db, { action: "auth.session.ended", actorId: row.userId, entity: "User", entityId: row.userId, details: { reason } });
}

/**
 * Ends every open session of a user, inside the transaction that changes the user, so the change
 * and the end stand or fall together; the caller's audit entry records it (sessionsEnded).
 */
export async function endUserSessions(tx: DbOrTx, userId: number, reason: SessionEndReason, now = new Date()): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return count;
}

/**
 * How a page names one session without showing its id (the id is what the signed cookie carries):
 * a short hash, unique among one user's open sessions.
 */
export function sessionHandle(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("base64url").slice(0, 16);
}
