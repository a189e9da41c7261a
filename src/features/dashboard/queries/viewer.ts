import "server-only";
import { type PairingScope, readsByRegion, regionRowsOf } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db";

/** Townships a viewer can choose from: their region's for a region's viewer, those of their pairings for a unit or village. */
export function viewerTownships(db: DbOrTx, scope: PairingScope) {
  const scoped = Object.keys(scope).length > 0;
  return db.township.findMany({
    where: scope.unit ? regionRowsOf(scope) : scoped ? { villages: { some: { pairings: { some: scope } } } } : {},
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}

/** The unit, village or region a viewer's figures are limited to ("—" if it is gone), or null for everyone else. */
export async function viewerScopeName(db: DbOrTx, user: CurrentUser): Promise<string | null> {
  if (readsByRegion(user.role)) return (await db.region.findUnique({ where: { id: user.regionId ?? -1 }, select: { name: true } }))?.name ?? "—";
  if (user.role === "LIAISON") return (await db.unit.findUnique({ where: { id: user.unitId ?? -1 }, select: { name: true } }))?.name ?? "—";
  if (user.role === "VILLAGE") return (await db.village.findUnique({ where: { id: user.villageId ?? -1 }, select: { name: true } }))?.name ?? "—";
  return null;
}
