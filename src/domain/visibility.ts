// Who sees which records (DOMAIN.md §2). Row scope first: a liaison sees their unit's pairings, a
// village secretary their village's, the organization department and leaders those of their region
// and everything below it (issue 16; a region is matched by its path, "/1/2/3/", so the subtree is
// one startsWith). An ADMIN or LEADER without a region sees nothing — never everything. Then the
// drafts: a draft belongs to the recording unit — its liaisons see it, and so does whoever recorded
// it (an ADMIN recording for a unit sees their own drafts); other ADMINs, leaders and villages see
// an activity only once it is reported. Every list, ledger, count, queue and export of activities
// uses activityVisibility. The dashboard counts reported activities only, which everyone in a
// pairing scope may see, so its where-clauses apply the pairing scope alone (kept lean for its
// indexes; tests/db/visibility.test.ts holds it to this rule).
import type { Prisma } from "@/generated/sqlite/client";
import type { Role } from "@/generated/sqlite/enums";

export type Reader = { id: number; role: Role; unitId: number | null; villageId: number | null; regionPath: string | null };
type ScopeReader = Pick<Reader, "role" | "unitId" | "villageId" | "regionPath">;

/** Regions whose path starts with the reader's: their region and everything below it. */
export type RegionSubtree = { path: { startsWith: string } };

/** A pairing lies in a region when its unit does (a pairing never crosses regions: server/scope.ts). */
export type PairingScope = { unitId?: number; villageId?: number; unit?: { region: RegionSubtree } };

/** Roles whose scope is a region rather than a unit or a village. */
export function readsByRegion(role: Role): boolean {
  return role === "ADMIN" || role === "LEADER";
}

/**
 * The region subtree an ADMIN or LEADER reads; a path no region has when they have none (so they
 * see nothing); undefined for every other role, whose scope is their unit or village, or who sees no
 * campaign records at all (the three administrators, refused by permission).
 */
export function regionSubtree(reader: Pick<Reader, "role" | "regionPath">): RegionSubtree | undefined {
  if (!readsByRegion(reader.role)) return undefined;
  return { path: { startsWith: reader.regionPath ?? "/none/" } };
}

export function pairingScope(reader: ScopeReader): PairingScope {
  switch (reader.role) {
    case "LIAISON":
      // A liaison without a unit sees nothing: id -1 matches no row.
      return { unitId: reader.unitId ?? -1 };
    case "VILLAGE":
      return { villageId: reader.villageId ?? -1 };
    default: {
      const region = regionSubtree(reader);
      return region ? { unit: { region } } : {};
    }
  }
}

/** Whether `reader` sees every pairing of the units and villages they see (no unit or village scope). */
export function seesAllPairings(reader: Pick<Reader, "role">): boolean {
  return reader.role !== "LIAISON" && reader.role !== "VILLAGE";
}

/** `{ pairing: scope }` for records that belong to a pairing, or nothing when the reader sees all. */
export function inPairingScope(reader: ScopeReader): { pairing?: PairingScope } {
  const scope = pairingScope(reader);
  return Object.keys(scope).length > 0 ? { pairing: scope } : {};
}

/** The units `reader` sees in the registry: those of their region subtree (others: unfiltered here, their pages apply unit scope). */
export function unitsInScope(reader: Pick<Reader, "role" | "regionPath">): Prisma.UnitWhereInput {
  const region = regionSubtree(reader);
  return region ? { region } : {};
}

export function townshipsInScope(reader: Pick<Reader, "role" | "regionPath">): Prisma.TownshipWhereInput {
  const region = regionSubtree(reader);
  return region ? { region } : {};
}

export function villagesInScope(reader: Pick<Reader, "role" | "regionPath">): Prisma.VillageWhereInput {
  const region = regionSubtree(reader);
  return region ? { township: { region } } : {};
}

/** Users (leaders for contact points, the accounts behind records) of the reader's region subtree. */
export function usersInScope(reader: Pick<Reader, "role" | "regionPath">): Prisma.UserWhereInput {
  const region = regionSubtree(reader);
  return region ? { region } : {};
}

/**
 * The campaigns `reader` sees: those of their region subtree (ADMIN, LEADER); a liaison's or a
 * village's, those of their own pairings; the three administrators read no campaign records.
 */
export function campaignsInScope(reader: ScopeReader): Prisma.CampaignWhereInput {
  const region = regionSubtree(reader);
  if (region) return { region };
  return seesAllPairings(reader) ? {} : { pairings: { some: pairingScope(reader) } };
}

/** The activities `reader` may see. */
export function activityVisibility(reader: Reader): Prisma.ActivityWhereInput {
  const scope = inPairingScope(reader);
  // Within the scope a liaison's unit owns every draft.
  if (reader.role === "LIAISON") return scope;
  return { ...scope, OR: [{ status: { not: "DRAFT" } }, { recordedById: reader.id }] };
}

/**
 * The registry rows a pairing scope reaches, by region: `{ region }` for units and townships (both
 * carry one), `{}` when the scope is not a region (a liaison's or a village's, or none).
 */
export function regionRowsOf(scope: PairingScope): { region?: RegionSubtree } {
  return scope.unit ?? {};
}

/** The same for villages, which lie in a region through their township. */
export function regionVillagesOf(scope: PairingScope): Prisma.VillageWhereInput {
  return scope.unit ? { township: scope.unit } : {};
}
