import type { Role } from "@/generated/sqlite/enums";
import { pairingScope } from "@/domain/visibility";
import { fromShanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { makeCampaign, makePairing, makeTownship, makeUnit, makeVillage, TIELI_REGION_PATH } from "./factories";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import type { Period } from "@/features/dashboard/period";
import type { Rng } from "../../prisma/seed/random";

/** The dashboard filter a viewer with this role and scope gets for the period (and township). */
export function filterFor(viewer: { role: Role; unitId?: number | null; villageId?: number | null; regionPath?: string | null }, period: Period, townshipId?: number): DashboardFilter {
  // An ADMIN or LEADER given without a region is 铁力市's, as the factories make them.
  const regionPath = viewer.regionPath !== undefined ? viewer.regionPath : TIELI_REGION_PATH;
  return { scope: pairingScope({ role: viewer.role, unitId: viewer.unitId ?? null, villageId: viewer.villageId ?? null, regionPath }), period, townshipId };
}

type RandomWorld = { pairings: { unitId: number; villageId: number }[]; townships: number[]; campaigns: number[] };

/**
 * A random viewer's filter over `world`, for the aggregate property tests: a liaison's, a village's,
 * a department's, or a region none of it lies in; sometimes one township, sometimes one campaign.
 */
export function randomFilter(rng: Rng, world: RandomWorld, randomPeriod: () => Period): DashboardFilter {
  const roll = rng.int(0, 5);
  const period = randomPeriod();
  const townshipId = rng.chance(0.3) ? rng.pick(world.townships) : undefined;
  const base =
    roll === 0
      ? filterFor({ role: "LIAISON", unitId: rng.pick(world.pairings).unitId }, period, townshipId)
      : roll === 1
        ? filterFor({ role: "VILLAGE", villageId: rng.pick(world.pairings).villageId }, period, townshipId)
        : roll === 2
          ? filterFor({ role: "LEADER", regionPath: "/9/9/" }, period, townshipId)
          : filterFor({ role: rng.pick(["LEADER", "ADMIN"] as const) }, period, townshipId);
  return { ...base, campaignId: rng.chance(0.5) ? rng.pick(world.campaigns) : undefined };
}

/**
 * The world the aggregate property tests play in: three townships (pairings in the first two), two
 * campaigns over 2010–2011, and `count` pairings alternating between them, started 2010-05-01.
 */
export async function makeRandomWorld(db: Db, count: number): Promise<RandomWorld & { pairings: { id: number; unitId: number; villageId: number }[] }> {
  const townships = [(await makeTownship(db)).id, (await makeTownship(db)).id, (await makeTownship(db)).id];
  const campaigns = [(await makeCampaign(db, { start: "2010-01-01", end: "2011-12-31" })).id, (await makeCampaign(db, { start: "2010-01-01", end: "2011-12-31" })).id];
  const pairings = [];
  for (let i = 0; i < count; i++) {
    const unitId = (await makeUnit(db)).id;
    const villageId = (await makeVillage(db, townships[i % 2])).id;
    pairings.push({ id: (await makePairing(db, unitId, villageId, fromShanghaiDay("2010-05-01"), campaigns[i % 2])).id, unitId, villageId });
  }
  return { townships, campaigns, pairings };
}
