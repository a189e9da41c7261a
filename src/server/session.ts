import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth";
import { type CurrentUser, loadCurrentUser, type SessionClaims } from "./current-user";
import { db } from "./db";
import { env } from "./env";
import { checkSession } from "./user-sessions";
import { can, type Permission } from "./permissions";

/** The session's claims once its UserSession row is found open (user-sessions.ts), once per request. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const open = await checkSession(db, session.user, { idleMinutes: env().SESSION_IDLE_MINUTES });
  return open ? session.user : null;
});

/** The signed-in user, re-read once per request. */
export const getCurrentUser = cache(
  async (): Promise<CurrentUser | null> => loadCurrentUser(db, await getSessionClaims(), { passwordMaxAgeDays: env().PASSWORD_MAX_AGE_DAYS }),
);

/** Where a user whose password must be changed first is sent, from every page. */
export const CHANGE_PASSWORD_PATH = "/change-password";

/** For pages: the signed-in user, or a redirect to the login page (or to the forced password change). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.passwordChangeDue) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** For pages: the signed-in user holding the permission, or 403. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
