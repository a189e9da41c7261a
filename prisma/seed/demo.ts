// The Tieli demo data set (铁力市“百局联百村”, June 2010 – August 2011): registers, ledger,
// pledges, supervision and surveys whose records add up to the figures of the source report.
// Deterministic (seeded random numbers, fixed timestamps) and all-or-nothing (one transaction).
import type { Db } from "@/server/db-client";
import { writeAudit } from "@/server/audit";
import { rebuildAggregates } from "@/server/aggregates";
import { seedActivities } from "./activities";
import { seedPledges } from "./pledges";
import { Rng } from "./random";
import { seedReference } from "./reference";
import { seedInspections, seedLeaderVisits, seedSurveys } from "./supervision";
import { seedJiayin } from "./jiayin";

/** The unit whose presence means the demo is already there. */
export const DEMO_MARKER_UNIT = "市农业局";

export type DemoSummary = Record<string, number>;

export type SeedResult =
  | { seeded: true; summary: DemoSummary }
  /** "present": the demo is there already; "otherData": the database holds other records (real or generated), left as they are. */
  | { seeded: false; reason: "present" | "otherData" };

export async function seedDemo(db: Db): Promise<SeedResult> {
  if (await db.unit.findFirst({ where: { name: DEMO_MARKER_UNIT }, select: { id: true } })) {
    return { seeded: false, reason: "present" };
  }
  // The demo goes only into an empty database: into one with data its codes and names would collide.
  if (await holdsRecords(db)) return { seeded: false, reason: "otherData" };
  const summary = await db.$transaction(
    async (tx) => {
      // One generator per part, so changing one part's data does not reshuffle all the others.
      const ctx = await seedReference(tx, new Rng(20100601));
      const activities = await seedActivities(tx, ctx, new Rng(20100602));
      const pledges = await seedPledges(tx, ctx, new Rng(20100603));
      const leaderVisits = await seedLeaderVisits(tx, ctx, new Rng(20100604));
      const inspections = await seedInspections(tx, ctx, new Rng(20100605));
      const surveys = await seedSurveys(tx, ctx, new Rng(20100606));
      const jiayinAdmin = await tx.user.findUniqueOrThrow({ where: { username: "jiayin" }, select: { id: true } });
      const jiayin = await seedJiayin(tx, ctx, ctx.regionIds.jiayin, jiayinAdmin.id);
      const aggregates = await rebuildAggregates(tx);
      const summary: DemoSummary = {
        pairings: ctx.pairings.length,
        verifiedActivities: activities.verified,
        pendingActivities: activities.pending,
        ...pledges,
        leaderVisits,
        ...inspections,
        surveys,
        valueAggregateRows: aggregates.values,
        countAggregateRows: aggregates.counts,
        pairingAreaMonthRows: aggregates.pairingAreaMonths,
        jiayinPairings: jiayin.pairings,
        jiayinActivities: jiayin.activities,
      };
      // The seed is the system's origin; one entry records it.
      await writeAudit(tx, ctx.adminId, "seed.demo", { entity: "Demo", entityId: "tieli-2010", after: summary });
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { seeded: true, summary };
}

async function holdsRecords(db: Db): Promise<boolean> {
  const first = { select: { id: true } } as const;
  const found = await Promise.all([db.user.findFirst(first), db.unit.findFirst(first), db.village.findFirst(first), db.township.findFirst(first), db.indicator.findFirst(first)]);
  return found.some((row) => row !== null);
}
