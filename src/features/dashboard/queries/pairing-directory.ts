import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db";
import { type DashboardFilter, pairingWhere } from "./filter";

export type PairingEntry = {
  id: number;
  startDate: Date;
  endDate: Date | null;
  unitId: number;
  unitName: string;
  villageId: number;
  villageName: string;
  townshipId: number;
  townshipName: string;
};

/**
 * The filter's pairings with their unit, village and township names. Four flat queries joined in
 * memory: a nested select of ten thousand pairings would make Prisma send the ids back in
 * hundreds-long IN lists, which is several times slower at province scale.
 */
export async function pairingDirectory(db: DbOrTx, filter: Pick<DashboardFilter, "scope" | "townshipId">, where: Prisma.PairingWhereInput = pairingWhere(filter) ?? {}): Promise<PairingEntry[]> {
  const visible = pairingWhere(filter);
  const owners = visible ? { pairings: { some: visible } } : {};
  const [pairings, units, villages, townships] = await Promise.all([
    db.pairing.findMany({ where, select: { id: true, startDate: true, endDate: true, unitId: true, villageId: true }, orderBy: { id: "asc" } }),
    db.unit.findMany({ where: owners, select: { id: true, name: true } }),
    db.village.findMany({ where: owners, select: { id: true, name: true, townshipId: true } }),
    db.township.findMany({ select: { id: true, name: true } }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const village = new Map(villages.map((v) => [v.id, v]));
  const townshipName = new Map(townships.map((t) => [t.id, t.name]));
  return pairings.map((p) => {
    const v = village.get(p.villageId);
    return {
      ...p,
      unitName: unitName.get(p.unitId) ?? "",
      villageName: v?.name ?? "",
      townshipId: v?.townshipId ?? 0,
      townshipName: townshipName.get(v?.townshipId ?? 0) ?? "",
    };
  });
}
