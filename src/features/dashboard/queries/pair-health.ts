import "server-only";
import type { DbOrTx } from "@/server/db";
import { shanghaiDay } from "@/lib/dates";
import { daysBetween, instantRange } from "../period";
import { activityMatrix, coverage, type PairingActivity } from "./activity-matrix";
import type { DashboardFilter } from "./filter";

/** A pairing with no verified activity for this many days is flagged dormant (DOMAIN.md §5). */
export const DORMANT_DAYS = 60;

export type PairHealth = PairingActivity & {
  coverage: number;
  /** Last verified activity on or before the reference day, also before the period. */
  lastEver: string | null;
  /** Days from the last verified activity (or, if none, the pairing's start) to the reference day. */
  daysSince: number;
  dormant: boolean;
};

/**
 * The reference day for "days since": the period's end, or today when the period runs into the
 * future — a pairing is not idle for days that have not happened yet.
 */
export const referenceDay = (filter: DashboardFilter, today: string) => (filter.period.to < today ? filter.period.to : today);

/**
 * The pairings in effect during the period, worst first: longest without verified activity, then
 * fewest. `matrix` may be passed when the caller already loaded it for the same filter.
 */
export async function pairHealth(db: DbOrTx, filter: DashboardFilter, today: string, matrix?: PairingActivity[]): Promise<PairHealth[]> {
  const reference = referenceDay(filter, today);
  const rows = (matrix ?? (await activityMatrix(db, filter))).filter((r) => r.inEffect);
  // Only pairings silent throughout the period need a look further back.
  const silent = rows.filter((r) => r.last === null).map((r) => r.pairingId);
  const before = await lastVerifiedBefore(db, silent, instantRange(filter.period).gte);
  const health = rows.map((r) => {
    const lastEver = r.last ?? before.get(r.pairingId) ?? null;
    const from = lastEver ?? r.start;
    const daysSince = Math.max(0, daysBetween(from < reference ? from : reference, reference));
    return { ...r, coverage: coverage(r.areas), lastEver, daysSince, dormant: daysSince >= DORMANT_DAYS };
  });
  return health.sort((a, b) => b.daysSince - a.daysSince || a.total - b.total || a.coverage - b.coverage || a.pairingId - b.pairingId);
}

async function lastVerifiedBefore(db: DbOrTx, pairingIds: number[], before: Date): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  // In slices: Prisma refuses more than 999 bound parameters per query on SQLite.
  for (let i = 0; i < pairingIds.length; i += 500) {
    const rows = await db.activity.groupBy({
      by: ["pairingId"],
      where: { pairingId: { in: pairingIds.slice(i, i + 500) }, status: "VERIFIED", date: { lt: before } },
      _max: { date: true },
    });
    for (const r of rows) if (r._max.date) result.set(r.pairingId, shanghaiDay(r._max.date));
  }
  return result;
}
