import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db";
import { pageWindow } from "@/lib/list-params";
import { unitOptions } from "@/features/units";
import { villageOptions } from "@/features/villages";
import type { RoleCode } from "./schemas";

export const USER_SORTS = ["username", "displayName", "role", "lastLoginAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type UserListQuery = { q: string; role?: RoleCode; active?: boolean; sort: UserSort; dir: "asc" | "desc"; page: number; size?: number };

// Never the password hash: pages get what they show.
const userSelect = {
  version: true,
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  unitId: true,
  villageId: true,
  regionId: true,
  region: { select: { id: true, name: true } },
  unit: { select: { id: true, name: true } },
  village: { select: { id: true, name: true, township: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

export async function listUsers(db: DbOrTx, query: UserListQuery) {
  // Usernames are stored lower-case; display names are Chinese: both match alike on both databases.
  const where: Prisma.UserWhereInput = {
    ...(query.q ? { OR: [{ username: { contains: query.q.toLowerCase() } }, { displayName: { contains: query.q } }] } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.active !== undefined ? { active: query.active } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
      ...pageWindow(query),
      select: userSelect,
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

export async function getUser(db: DbOrTx, id: number) {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/**
 * Units and villages a liaison or village account can be bound to, and the regions an ADMIN or
 * LEADER can be given: a system administrator with a region, theirs and those below it.
 */
export async function userScopeOptions(db: DbOrTx, actor: { regionPath: string | null }) {
  const [units, villages, regions] = await Promise.all([
    unitOptions(db, {}),
    villageOptions(db, {}),
    db.region.findMany({ where: actor.regionPath ? { path: { startsWith: actor.regionPath } } : {}, orderBy: [{ path: "asc" }], select: { id: true, name: true, level: true, path: true } }),
  ]);
  return { units, villages, regions };
}

export type UserScopeOptions = Awaited<ReturnType<typeof userScopeOptions>>;
