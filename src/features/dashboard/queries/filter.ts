// What every dashboard query is given: the user's row scope, the campaign, the region and township
// filters and the period.
// The where-builders here are shared by the figures and by their source pages, so a figure and the
// records listed behind it always select exactly the same rows.
import type { Prisma } from "@/generated/sqlite/client";
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { type CampaignChoice, inCampaign } from "@/domain/campaign-scope";
import { inRegion, type RegionChoice } from "@/domain/region-choice";
import { type PairingScope, regionVillagesOf } from "@/domain/visibility";
import { instantRange, type Period } from "../period";

export type DashboardFilter = {
  /** pairingScope(user): the region subtree for ADMIN and LEADER, a unit or a village otherwise. */
  scope: PairingScope;
  /** The campaign whose pairings count; absent: every campaign. */
  campaignId?: CampaignChoice;
  townshipId?: number;
  /** A region below the reader's (region=…): only its subtree counts. Absent: the whole scope. */
  region?: RegionChoice;
  period: Period;
};

type PairingFilter = Pick<DashboardFilter, "scope" | "townshipId" | "campaignId" | "region">;

/** The pairings the filter may see, or undefined when it sees all (so no join is added). */
export function pairingWhere(filter: PairingFilter): Prisma.PairingWhereInput | undefined {
  const where: Prisma.PairingWhereInput = { ...filter.scope, ...inCampaign(filter.campaignId) };
  const village = { ...(filter.townshipId ? { townshipId: filter.townshipId } : {}), ...inRegion(filter.region?.path) };
  if (Object.keys(village).length > 0) where.village = village;
  return Object.keys(where).length > 0 ? where : undefined;
}

/** `{ pairing: … }` for models that belong to a pairing, or nothing when unrestricted. */
export function onPairing(filter: PairingFilter): { pairing?: Prisma.PairingWhereInput } {
  const where = pairingWhere(filter);
  return where ? { pairing: where } : {};
}

/** The villages the filter may see (surveys belong to villages, not pairings): of a campaign, those it paired. */
export function villageWhere(filter: PairingFilter): Prisma.VillageWhereInput {
  const where: Prisma.VillageWhereInput = { ...regionVillagesOf(filter.scope) };
  if (filter.townshipId) where.townshipId = filter.townshipId;
  // Beside the scope's own township condition, never in its place.
  if (filter.region) where.AND = [inRegion(filter.region.path)];
  if (filter.scope.villageId !== undefined) where.id = filter.scope.villageId;
  const paired = { ...(filter.scope.unitId !== undefined ? { unitId: filter.scope.unitId } : {}), ...inCampaign(filter.campaignId) };
  if (Object.keys(paired).length > 0) where.pairings = { some: paired };
  return where;
}

/** VERIFIED activities dated in the period: the only ones official figures count. */
export function verifiedActivityWhere(filter: DashboardFilter, period: Period = filter.period): Prisma.ActivityWhereInput {
  return { status: OFFICIAL_STATUS, date: instantRange(period), ...onPairing(filter) };
}

/** Pairings in effect at some time during the period: started by its end, not ended before its start. */
export function pairingsInEffectWhere(filter: DashboardFilter, period: Period = filter.period): Prisma.PairingWhereInput {
  const { gte, lt } = instantRange(period);
  return {
    ...pairingWhere(filter),
    startDate: { lt },
    OR: [{ endDate: null }, { endDate: { gte } }],
  };
}
