// Row scope in mutations. Reading is bounded by domain/visibility.ts; writing is narrower: the
// pairing a liaison acts on must be their unit's, and an ADMIN writes only the registry rows of
// their OWN region — a higher department reads its counties' records and compares them, it does
// not edit them (issue 16). Whatever lies outside is simply "not found".
import type { Prisma } from "@/generated/sqlite/client";
import { pairingScope, readsByRegion } from "@/domain/visibility";
import type { DbOrTx } from "./db-client";
import type { CurrentUser } from "./current-user";
import { NotFoundError } from "./errors";

export type Writer = Pick<CurrentUser, "role" | "regionId">;

/**
 * The region an ADMIN writes in; -1 (no region has it) when they have none, so that nothing is
 * theirs. Undefined for roles whose writes are bounded otherwise (a liaison by their unit).
 */
export function ownRegionId(user: Writer): number | undefined {
  if (!readsByRegion(user.role)) return undefined;
  return user.regionId ?? -1;
}

/** The region new units and townships of `user` go into: their own; refused when they have none. */
export function requireOwnRegionId(user: Writer): number {
  const id = ownRegionId(user);
  if (id === undefined || id < 0) throw new NotFoundError();
  return id;
}

export function writableUnits(user: Writer): Prisma.UnitWhereInput {
  const regionId = ownRegionId(user);
  return regionId === undefined ? {} : { regionId };
}

export function writableTownships(user: Writer): Prisma.TownshipWhereInput {
  const regionId = ownRegionId(user);
  return regionId === undefined ? {} : { regionId };
}

export function writableVillages(user: Writer): Prisma.VillageWhereInput {
  const regionId = ownRegionId(user);
  return regionId === undefined ? {} : { township: { regionId } };
}

/** Campaigns `user` may edit or put a pairing in: an ADMIN's own region's (a county runs its own). */
export function writableCampaigns(user: Writer): Prisma.CampaignWhereInput {
  const regionId = ownRegionId(user);
  return regionId === undefined ? {} : { regionId };
}

/**
 * Leader accounts `user` may name as a contact leader or a visit's leader: active leaders of an
 * ADMIN's own region (a county's leaders visit the county's pairings).
 */
export function writableLeaders(user: Writer): Prisma.UserWhereInput {
  const regionId = ownRegionId(user);
  return { role: "LEADER", active: true, ...(regionId === undefined ? {} : { regionId }) };
}

/** Pairings `user` may change: a liaison's unit's, or an ADMIN's own region's. */
export function writablePairings(user: Pick<CurrentUser, "role" | "regionId" | "unitId" | "villageId" | "regionPath">): Prisma.PairingWhereInput {
  const regionId = ownRegionId(user);
  return regionId === undefined ? pairingScope(user) : { unit: { regionId } };
}

/** The pairing, if it exists and the user may act on it; otherwise NotFoundError (no leak). */
export async function findPairingInScope(db: DbOrTx, user: CurrentUser, pairingId: number) {
  const pairing = await db.pairing.findFirst({ where: { id: pairingId, ...writablePairings(user) } });
  if (!pairing) throw new NotFoundError();
  return pairing;
}

export async function findUnitInScope(db: DbOrTx, user: Writer, id: number) {
  const unit = await db.unit.findFirst({ where: { id, ...writableUnits(user) } });
  if (!unit) throw new NotFoundError();
  return unit;
}

export async function findTownshipInScope(db: DbOrTx, user: Writer, id: number) {
  const township = await db.township.findFirst({ where: { id, ...writableTownships(user) } });
  if (!township) throw new NotFoundError();
  return township;
}

export async function findVillageInScope(db: DbOrTx, user: Writer, id: number) {
  const village = await db.village.findFirst({ where: { id, ...writableVillages(user) } });
  if (!village) throw new NotFoundError();
  return village;
}

/** Whether `user` may write a registry row of `regionId` (pages hide their edit buttons otherwise). */
export function writesRegion(user: Writer, regionId: number): boolean {
  const own = ownRegionId(user);
  return own === undefined || own === regionId;
}
