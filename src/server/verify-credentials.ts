// Checks a username and password, throttled per account and per source address (login-throttle.ts).
// Unknown, deactivated and existing users take the same path and the same bcrypt work, so the time
// of the answer does not tell which usernames exist. A failure is recorded as a security event; a
// success (lastLoginAt, an audit entry) opens a UserSession row, which the session cookie names.
import bcrypt from "bcryptjs";
import { z } from "zod";
import { writeAudit } from "./audit";
import type { Db } from "./db-client";
import { accountKey, addressKey, clearAccount, countFailure, LOGIN_THROTTLE, lockedMinutes } from "./login-throttle";
import { checkPassword, PASSWORD_HASH_COST } from "./passwords";
import { recordSecurityEvent } from "./security-events";
import { startSession } from "./user-sessions";

const CredentialsInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** Sign-ins are refused for a while: the message says so, whatever the password. */
export class LoginThrottledError extends Error {
  constructor(readonly minutes: number) {
    super("throttled");
    this.name = "LoginThrottledError";
  }
}

// Compared against when there is no user, so an unknown name costs the same bcrypt work as a known one.
let absentUserHash: string | undefined;
const stubHash = () => (absentUserHash ??= bcrypt.hashSync("no such user", PASSWORD_HASH_COST));

export async function verifyCredentials(db: Db, raw: unknown, request: { source?: string } = {}) {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const source = request.source ?? "unknown";
  const keys = [accountKey(username), addressKey(source)];

  const user = await db.user.findUnique({ where: { username } });
  const matches = await checkPassword(password, user?.passwordHash.startsWith("$2") ? user.passwordHash : stubHash());
  const locked = await lockedMinutes(db, keys);
  if (locked > 0) {
    await recordSecurityEvent(db, { action: "auth.login.throttled", actorId: user?.id, entity: "User", entityId: user?.id ?? username, details: { username, source } });
    throw new LoginThrottledError(locked);
  }
  if (!user || !user.active || !matches) {
    const lockedNow = await db.$transaction(async (tx) => {
      const account = await countFailure(tx, keys[0], LOGIN_THROTTLE.accountFailures);
      const address = await countFailure(tx, keys[1], LOGIN_THROTTLE.addressFailures);
      return account || address;
    });
    const reason = !user ? "unknownUser" : !user.active ? "inactive" : "wrongPassword";
    await recordSecurityEvent(db, { action: "auth.login.failed", actorId: user?.id, entity: "User", entityId: user?.id ?? username, details: { username, source, reason, locked: lockedNow } });
    return null;
  }
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await clearAccount(tx, username);
    await writeAudit(tx, user.id, "auth.login", { entity: "User", entityId: user.id, after: { source } });
    return startSession(tx, user.id);
  });
  return {
    id: user.id,
    name: user.displayName,
    displayName: user.displayName,
    role: user.role,
    sessionVersion: user.sessionVersion,
    sessionId,
  };
}
