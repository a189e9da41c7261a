import "server-only";
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { idleDays, idleReferenceDay, isDormant } from "@/domain/idle-days";
import type { DbOrTx } from "@/server/db";
import { shanghaiDay } from "@/lib/dates";
import { firstDayOf, instantRange, monthOf } from "../period";
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
  const before = await lastVerifiedBefore(db, silent, filter.period.from);
  const health = rows.map((r) => {
    const lastEver = r.last ?? before.get(r.pairingId) ?? null;
    const daysSince = idleDays(lastEver ?? r.start, reference);
    return { ...r, coverage: coverage(r.areas), lastEver, daysSince, dormant: isDormant(daysSince) };
  });
  return health.sort((a, b) => b.daysSince - a.daysSince || a.total - b.total || a.coverage - b.coverage || a.pairingId - b.pairingId);
}

/** Pair health for the filter, reusing the kept activity matrix (the dashboard's section and its full list). */
export const pairHealthFigure = figure("health", async ({ db, load }, filter, today: string) => pairHealth(db, filter, today, await load(matrixFigure, filter)));

/**
 * The last verified activity before the day `from`: the months before its month from
 * PairingAreaMonth, the days of its month before it from the activities.
 */
async function lastVerifiedBefore(db: DbOrTx, pairingIds: number[], from: string): Promise<Map<number, string>> {
  const result = new Map<number, string>();
  const keep = (pairingId: number, date: Date | null) => {
    const day = date && shanghaiDay(date);
    if (day && (!result.has(pairingId) || day > result.get(pairingId)!)) result.set(pairingId, day);
  };
  const month = monthOf(from);
  const monthStart = instantRange({ from: firstDayOf(month), to: from }).gte;
  const before = instantRange({ from, to: from }).gte;
  // In slices: Prisma refuses more than 999 bound parameters per query on SQLite.
  for (let i = 0; i < pairingIds.length; i += 500) {
    const slice = pairingIds.slice(i, i + 500);
    const [earlier, sameMonth] = await Promise.all([
      db.pairingAreaMonth.groupBy({ by: ["pairingId"], where: { pairingId: { in: slice }, month: { lt: month } }, _max: { lastDate: true } }),
      before > monthStart
        ? db.activity.groupBy({ by: ["pairingId"], where: { pairingId: { in: slice }, status: OFFICIAL_STATUS, date: { gte: monthStart, lt: before } }, _max: { date: true } })
        : Promise.resolve([]),
    ]);
    for (const r of earlier) keep(r.pairingId, r._max.lastDate);
    for (const r of sameMonth) keep(r.pairingId, r._max.date);
  }
  return result;
}
