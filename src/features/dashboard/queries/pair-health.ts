import "server-only";
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { idleDays, idleReferenceDay, isDormant } from "@/domain/idle-days";
import type { DbOrTx } from "@/server/db";
import { shanghaiDay } from "@/lib/dates";
import { instantRange } from "../period";
import { activityMatrix, coverage, matrixFigure, type PairingActivity } from "./activity-matrix";
import { figure } from "./figure";
import type { DashboardFilter } from "./filter";

export type PairHealth = PairingActivity & {
  coverage: number;
  /** Last verified activity on or before the reference day, also before the period. */
  lastEver: string | null;
  /** Idle days (domain/idle-days.ts): from the last verified activity (or, if none, the pairing's start) to the reference day. */
  daysSince: number;
  dormant: boolean;
};

/** The reference day of idle days: the period's end, or today when the period runs into the future. */
export const referenceDay = (filter: DashboardFilter, today: string) => idleReferenceDay(filter.period.to, today);

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
    const daysSince = idleDays(lastEver ?? r.start, reference);
    return { ...r, coverage: coverage(r.areas), lastEver, daysSince, dormant: isDormant(daysSince) };
  });
  return health.sort((a, b) => b.daysSince - a.daysSince || a.total - b.total || a.coverage - b.coverage || a.pairingId - b.pairingId);
}

/** Pair health for the filter, reusing the kept activity matrix (the dashboard's section and its full list). */
export const pairHealthFigure = figure("health", async ({ db, load }, filter, today: string) => pairHealth(db, filter, today, await load(matrixFigure, filter)));

async function lastVerifiedBefore(db: DbOrTx, pairingIds: number[], before: Date): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  // In slices: Prisma refuses more than 999 bound parameters per query on SQLite.
  for (let i = 0; i < pairingIds.length; i += 500) {
    const rows = await db.activity.groupBy({
      by: ["pairingId"],
      where: { pairingId: { in: pairingIds.slice(i, i + 500) }, status: OFFICIAL_STATUS, date: { lt: before } },
      _max: { date: true },
    });
    for (const r of rows) if (r._max.date) result.set(r.pairingId, shanghaiDay(r._max.date));
  }
  return result;
}
