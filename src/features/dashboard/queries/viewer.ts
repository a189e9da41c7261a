import "server-only";
import type { PairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db";

/** Townships a viewer can choose from: those of their pairings, for a scoped viewer; all otherwise. */
export function viewerTownships(db: DbOrTx, scope: PairingScope) {
  const scoped = Object.keys(scope).length > 0;
  return db.township.findMany({
    where: scoped ? { villages: { some: { pairings: { some: scope } } } } : {},
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

/** The unit or village a scoped viewer's figures are limited to ("—" if it is gone), or null for everyone else. */
export async function viewerScopeName(db: DbOrTx, user: CurrentUser): Promise<string | null> {
  if (user.role === "LIAISON") return (await db.unit.findUnique({ where: { id: user.unitId ?? -1 }, select: { name: true } }))?.name ?? "—";
  if (user.role === "VILLAGE") return (await db.village.findUnique({ where: { id: user.villageId ?? -1 }, select: { name: true } }))?.name ?? "—";
  return null;
}
