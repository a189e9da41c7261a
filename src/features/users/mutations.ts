// What each user-administration action does, on the one mutation path (server/action-core.ts).
// Passwords are generated here and returned once; only their hashes are stored, and audit entries
// never carry a hash. A change of role or scope, a reset password or a deactivation ends the user's
// sessions on the server (user-sessions.ts) in the same transaction, recorded as "auth.sessions.ended".
// An administrator-set password (new account, reset) must be changed at the next sign-in.
import type { ActionDefinition } from "@/server/action-core";
import type { AuditRecord } from "@/server/audit";
import type { Tx } from "@/server/db-client";
import type { CurrentUser } from "@/server/current-user";
import { ForbiddenError, NotFoundError, UserError } from "@/server/errors";
import { can } from "@/server/permissions";
import { hashPassword } from "@/server/passwords";
import { endUserSessions, type SessionEndReason } from "@/server/user-sessions";
import { auditableUser, generatePassword } from "./passwords";
import { ADMINISTRATOR_ROLES, scopeOf, UserCreateInput, UserIdInput, UserUpdateInput, type RoleCode } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const USER_LABELS = { displayName: "users.fields.displayName", role: "users.fields.role", unitId: "users.fields.unit", villageId: "users.fields.village", regionId: "users.fields.region" };

/**
 * The region must exist and, for a system administrator who has a region, lie in it or below it:
 * users are managed by the department of their region or the one above (issue 16). A system
 * administrator without a region (the system's own) may give any.
 */
async function assertRegionAllowed(tx: Tx, actor: CurrentUser, regionId: number | null) {
  if (!regionId) return;
  const region = await tx.region.findUnique({ where: { id: regionId }, select: { path: true } });
  if (!region || (actor.regionPath && !region.path.startsWith(actor.regionPath))) throw new UserError("users.errors.regionMissing", {}, "regionId");
}

async function assertScopeExists(tx: Tx, scope: { unitId: number | null; villageId: number | null }) {
  if (scope.unitId && !(await tx.unit.findUnique({ where: { id: scope.unitId }, select: { id: true } }))) {
    throw new UserError("users.errors.unitMissing", {}, "unitId");
  }
  if (scope.villageId && !(await tx.village.findUnique({ where: { id: scope.villageId }, select: { id: true } }))) {
    throw new UserError("users.errors.villageMissing", {}, "villageId");
  }
}

/** Those who keep the accounts themselves going: the last active one of each may not go. */
const KEEPERS: readonly RoleCode[] = ["SYSADMIN", "SECADMIN"];

/** The system must keep an active SYSADMIN (accounts) and SECADMIN (roles) who can sign in. */
async function assertAnotherActiveKeeper(tx: Tx, user: { id: number; role: RoleCode }, field?: string) {
  if (!KEEPERS.includes(user.role)) return;
  const others = await tx.user.count({ where: { role: user.role, active: true, id: { not: user.id } } });
  if (others === 0) throw new UserError("users.errors.lastAdmin", {}, field);
}

const isAdministratorRole = (role: RoleCode) => (ADMINISTRATOR_ROLES as readonly RoleCode[]).includes(role);

/** Ends the user's open sessions and records it for the audit log's security tab. */
async function endSessionsOf(tx: Tx, userId: number, reason: SessionEndReason, audit: (r: AuditRecord) => void) {
  const ended = await endUserSessions(tx, userId, reason);
  if (ended > 0) audit({ action: "auth.sessions.ended", entity: "User", entityId: userId, after: { reason, ended } });
}

async function findUser(tx: Tx, id: number) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError();
  return user;
}

export const createUserAction = {
  name: "user.create",
  permission: "users.manage",
  input: UserCreateInput,
  async run({ tx, user: actor, input, audit }) {
    // The three administrators' roles are granted by the security administrator alone.
    if (isAdministratorRole(input.role)) throw new UserError("users.errors.roleBySecurityAdmin", {}, "role");
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new UserError("users.errors.usernameTaken", { username: input.username }, "username");
    }
    const scope = scopeOf(input);
    await assertScopeExists(tx, scope);
    await assertRegionAllowed(tx, actor, scope.regionId);
    const password = generatePassword();
    const user = await tx.user.create({
      data: { username: input.username, displayName: input.displayName, role: input.role, ...scope, passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: new Date() },
    });
    audit({ entity: "User", entityId: user.id, after: auditableUser(user) });
    return { id: user.id, username: user.username, password };
  },
} satisfies ActionDefinition<typeof UserCreateInput, { id: number; username: string; password: string }>;

export const updateUserAction = {
  name: "user.update",
  permission: "users.update",
  input: UserUpdateInput,
  async run({ tx, user: actor, input: { id, version, ...input }, audit }) {
    const before = await findUser(tx, id);
    const scope = scopeOf(input);
    // A changed role or scope ends the user's sessions for good: changing it back revives none.
    const roleChanged = before.role !== input.role;
    // A changed region is a changed scope: what the user may see changes, so their sessions end.
    const scopeChanged = before.unitId !== scope.unitId || before.villageId !== scope.villageId || before.regionId !== scope.regionId;
    // 三员分立: the role (with the scope it needs) is the security administrator's to change, the
    // name and the scope of an unchanged role the system administrator's; nobody changes their own role.
    if (roleChanged && !can(actor.role, "users.roles")) throw new UserError("users.errors.roleBySecurityAdmin", {}, "role");
    if ((before.displayName !== input.displayName || (scopeChanged && !roleChanged)) && !can(actor.role, "users.manage")) throw new ForbiddenError();
    if (roleChanged && id === actor.id) throw new UserError("users.errors.roleSelf", {}, "role");
    if (roleChanged && before.active) await assertAnotherActiveKeeper(tx, before, "role");
    await assertScopeExists(tx, scope);
    if (before.regionId !== scope.regionId) await assertRegionAllowed(tx, actor, scope.regionId);
    const after = await updateVersioned<typeof before>(tx, "user", {
      id,
      version,
      data: { displayName: input.displayName, role: input.role, ...scope, ...(roleChanged || scopeChanged ? { sessionVersion: { increment: 1 } } : {}) },
      labels: USER_LABELS,
    });
    audit({ entity: "User", entityId: id, before: auditableUser(before), after: auditableUser(after) });
    if (roleChanged || scopeChanged) await endSessionsOf(tx, id, roleChanged ? "role" : "scope", audit);
    return { id };
  },
} satisfies ActionDefinition<typeof UserUpdateInput, { id: number }>;

export const resetPasswordAction = {
  name: "user.resetPassword",
  permission: "users.manage",
  input: UserIdInput,
  async run({ tx, user: actor, input: { id }, audit }) {
    // Resetting one's own password here would end one's own session: /account is the place.
    if (id === actor.id) throw new UserError("users.errors.resetSelf");
    const before = await findUser(tx, id);
    const password = generatePassword();
    const after = await tx.user.update({
      where: { id },
      data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 }, mustChangePassword: true, passwordChangedAt: new Date() },
    });
    audit({ entity: "User", entityId: id, before: auditableUser(before), after: auditableUser(after) });
    await endSessionsOf(tx, id, "password", audit);
    return { id, username: after.username, password };
  },
} satisfies ActionDefinition<typeof UserIdInput, { id: number; username: string; password: string }>;

export const deactivateUserAction = {
  name: "user.deactivate",
  permission: "users.manage",
  input: UserIdInput,
  async run({ tx, user: actor, input: { id }, audit }) {
    if (id === actor.id) throw new UserError("users.errors.deactivateSelf");
    const before = await findUser(tx, id);
    if (!before.active) throw new UserError("users.errors.alreadyInactive");
    await assertAnotherActiveKeeper(tx, before);
    const after = await tx.user.update({ where: { id }, data: { active: false, sessionVersion: { increment: 1 } } });
    audit({ entity: "User", entityId: id, before: auditableUser(before), after: auditableUser(after) });
    await endSessionsOf(tx, id, "deactivated", audit);
    return { id };
  },
} satisfies ActionDefinition<typeof UserIdInput, { id: number }>;

export const reactivateUserAction = {
  name: "user.reactivate",
  permission: "users.manage",
  input: UserIdInput,
  async run({ tx, input: { id }, audit }) {
    const before = await findUser(tx, id);
    if (before.active) throw new UserError("users.errors.alreadyActive");
    const after = await tx.user.update({ where: { id }, data: { active: true } });
    audit({ entity: "User", entityId: id, before: auditableUser(before), after: auditableUser(after) });
    return { id };
  },
} satisfies ActionDefinition<typeof UserIdInput, { id: number }>;
