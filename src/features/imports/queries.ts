import "server-only";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { can } from "@/server/permissions";
import { IMPORTS } from "./kinds";
import type { ImportKindName } from "./kind";

/** The kinds this user may import. */
export function importableKinds(user: CurrentUser): ImportKindName[] {
  return Object.values(IMPORTS)
    .filter((k) => can(user.role, k.permission))
    .map((k) => k.name);
}

/** The latest imports: all of them for the organization department, one's own for anyone else. */
export async function recentImports(db: DbOrTx, user: CurrentUser, take = 20) {
  return db.import.findMany({
    where: user.role === "ADMIN" ? {} : { createdById: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    include: { createdBy: { select: { displayName: true } } },
  });
}
