// The security administrator's sign-in controls (三员分立: SECADMIN holds security policy): unlock
// an account or a source address the login throttle locked, and end one open session of a user.
// Each is an audited action on the one mutation path; anything not locked or not open is "not found".
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError } from "@/server/errors";
import { sessionHandle } from "@/server/user-sessions";
import { EndSessionInput, UnlockInput } from "./security-schemas";

export const unlockSignInAction = {
  name: "security.unlock",
  permission: "security.manage",
  input: UnlockInput,
  async run({ tx, input: { key }, audit }) {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    if (!row?.lockedUntil || row.lockedUntil <= new Date()) throw new NotFoundError();
    // The failures counted go with the lock: the account starts afresh.
    await tx.loginThrottle.delete({ where: { key } });
    audit({ entity: "LoginThrottle", entityId: key, before: row });
    return { key };
  },
} satisfies ActionDefinition<typeof UnlockInput, { key: string }>;

export const endSessionAction = {
  name: "security.endSession",
  permission: "security.manage",
  input: EndSessionInput,
  async run({ tx, input: { userId, handle }, audit }) {
    const open = await tx.userSession.findMany({ where: { userId, endedAt: null }, select: { id: true, createdAt: true, lastSeenAt: true } });
    const session = open.find((s) => sessionHandle(s.id) === handle);
    if (!session) throw new NotFoundError();
    const endedAt = new Date();
    const { count } = await tx.userSession.updateMany({ where: { id: session.id, endedAt: null }, data: { endedAt, endReason: "securityAdmin" } });
    if (count !== 1) throw new NotFoundError();
    audit({ entity: "User", entityId: userId, after: { session: handle, startedAt: session.createdAt, lastSeenAt: session.lastSeenAt, endedAt, reason: "securityAdmin" } });
    return { userId };
  },
} satisfies ActionDefinition<typeof EndSessionInput, { userId: number }>;
