// A user changes their own password (current password required, the password rules of
// domain/password-policy.ts). Every session of the user ends (user-sessions.ts; sessionVersion is
// bumped, as on a reset); the browser that made the change signs in again with the new password at
// once (change-password-form.tsx), so its user stays signed in. A forced change is then done.
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { passwordProblem } from "@/domain/password-policy";
import { checkPassword, hashPassword } from "@/server/passwords";
import { endUserSessions } from "@/server/user-sessions";
import { ChangePasswordInput } from "./schemas";

export const changeOwnPasswordAction = {
  name: "account.changePassword",
  permission: "account.self",
  input: ChangePasswordInput,
  async run({ tx, user, input, audit }) {
    const row = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, username: true, sessionVersion: true } });
    if (!row) throw new NotFoundError();
    if (!(await checkPassword(input.currentPassword, row.passwordHash))) {
      throw new UserError("users.account.errors.wrongCurrent", {}, "currentPassword");
    }
    if (input.newPassword === input.currentPassword) throw new UserError("users.account.errors.sameAsCurrent", {}, "newPassword");
    const problem = passwordProblem(input.newPassword, row.username);
    if (problem) throw new UserError(problem, {}, "newPassword");
    const after = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 }, mustChangePassword: false, passwordChangedAt: new Date() },
      select: { sessionVersion: true },
    });
    const ended = await endUserSessions(tx, user.id, "password");
    if (ended > 0) audit({ action: "auth.sessions.ended", entity: "User", entityId: user.id, after: { reason: "password", ended } });
    // The entry records that the password changed, never any hash.
    audit({ entity: "User", entityId: user.id, before: { sessionVersion: row.sessionVersion }, after: { sessionVersion: after.sessionVersion, passwordChanged: true } });
    return { username: row.username };
  },
} satisfies ActionDefinition<typeof ChangePasswordInput, { username: string }>;
