import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth";
import { type CurrentUser, loadCurrentUser, type SessionClaims } from "./current-user";
import { db } from "./db";
import { can, type Permission } from "./permissions";

export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
});

/** The signed-in user, re-read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => loadCurrentUser(db, await getSessionClaims()));

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user holding the permission, or 403. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
