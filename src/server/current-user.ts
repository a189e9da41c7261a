// The signed-in user, re-read from the database on every request: a deactivated user, a changed
// role or a reset password (sessionVersion) ends the session at the next request. (The session row
// itself — sign-out, idle — is checked once per request in session.ts, user-sessions.ts.)
import { passwordChangeDue } from "@/domain/password-policy";
import type { Role } from "@/generated/sqlite/enums";
import type { DbOrTx } from "./db-client";

/** What the session cookie (JWT) carries. */
export type SessionClaims = { id: number; role: Role; sessionVersion: number; sid?: string };

export type CurrentUser = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  villageId: number | null;
  /** ADMIN and LEADER: their region and its path ("/1/2/3/"), which bounds everything they see. */
  regionId: number | null;
  regionPath: string | null;
  /** An administrator-set or expired password: only the password change is open until it is done. */
  passwordChangeDue?: boolean;
};

export async function loadCurrentUser(db: DbOrTx, claims: SessionClaims | null, options: { passwordMaxAgeDays?: number } = {}): Promise<CurrentUser | null> {
  if (!claims || !Number.isInteger(claims.id)) return null;
  const user = await db.user.findUnique({ where: { id: claims.id }, include: { region: { select: { path: true } } } });
  if (!user || !user.active) return null;
  if (user.role !== claims.role || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    villageId: user.villageId,
    regionId: user.regionId,
    regionPath: user.region?.path ?? null,
    passwordChangeDue: passwordChangeDue(user, options.passwordMaxAgeDays ?? 0),
  };
}
