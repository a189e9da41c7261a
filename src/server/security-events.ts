// Security events — failed and throttled sign-ins, refused actions, ended sessions — as audit
// entries whose action starts with "auth." or "security." (the audit log's security tab shows
// exactly those). Written in a transaction of their own: the refused action's transaction rolled
// back, and a sign-in that failed has none. Best effort: a failure to record never changes the answer.
import { writeAudit } from "./audit";
import type { Db } from "./db-client";

export type SecurityEvent = {
  /** "auth.login.failed", "auth.login.throttled", "auth.session.ended", "security.action.refused", … */
  action: `auth.${string}` | `security.${string}`;
  /** Who did it, when known. */
  actorId?: number | null;
  /** What it was aimed at: a user, a record, an action. */
  entity: string;
  entityId: string | number;
  /** Details: the reason, the source address, the input's target. Never a password. */
  details?: Record<string, unknown>;
};

export async function recordSecurityEvent(db: Db, event: SecurityEvent): Promise<void> {
  try {
    await db.$transaction((tx) =>
      writeAudit(tx, event.actorId ?? null, event.action, { entity: event.entity, entityId: event.entityId, after: event.details }),
    );
  } catch (error) {
    console.error(`[security] could not record ${event.action}`, error);
  }
}
