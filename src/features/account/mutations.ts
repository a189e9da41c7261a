// A user changes their own password (current password required). Every other session of the user
// ends (sessionVersion is bumped, as on a reset); the browser that made the change signs in again
// with the new password at once (change-password-form.tsx), so its user stays signed in.
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { checkPassword, hashPassword } from "@/server/passwords";
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
    const after = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    // The entry records that the password changed, never any hash.
    audit({ entity: "User", entityId: user.id, before: { sessionVersion: row.sessionVersion }, after: { sessionVersion: after.sessionVersion, passwordChanged: true } });
    return { username: row.username };
  },
} satisfies ActionDefinition<typeof ChangePasswordInput, { username: string }>;
