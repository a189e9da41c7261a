// Maintenance of ActivityRollup: verified indicator totals per (pairing, indicator, Shanghai month).
// The dashboard reads this table instead of summing every activity, so it must always equal the raw
// sums of VERIFIED activities. No "server-only" marker: the seed and the tests import it too.
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { shanghaiMonth } from "@/lib/dates";
import type { Db, DbOrTx } from "./db-client";

export type RollupActivity = {
  pairingId: number;
  date: Date;
  values: { indicatorId: number; value: number }[];
};

/**
 * Adds (sign +1) or removes (sign −1) one activity's values. Call it in the transaction that makes
 * an activity VERIFIED (+1), or around a correction of a verified one (−1 with the old values, then
 * +1 with the new ones).
 */
export async function applyToRollup(tx: DbOrTx, activity: RollupActivity, sign: 1 | -1): Promise<void> {
  const month = shanghaiMonth(activity.date);
  for (const { indicatorId, value } of activity.values) {
    const key = { pairingId: activity.pairingId, indicatorId, month };
    await tx.activityRollup.upsert({
      where: { pairingId_indicatorId_month: key },
      create: { ...key, total: sign * value, activityCount: sign },
      update: { total: { increment: sign * value }, activityCount: { increment: sign } },
    });
  }
  if (sign === -1 && activity.values.length > 0) {
    // A month no verified activity contributes to any more must disappear, not linger as a zero.
    await tx.activityRollup.deleteMany({
      where: {
        pairingId: activity.pairingId,
        month,
        indicatorId: { in: activity.values.map((v) => v.indicatorId) },
        activityCount: { lte: 0 },
      },
    });
  }
}

/** Recomputes the whole table from VERIFIED activities: the seed's fast path and a repair tool. */
export async function rebuildRollup(db: DbOrTx): Promise<{ rows: number }> {
  // A client gets its own transaction so readers never see the table half rebuilt; inside a
  // caller's transaction (which has no $transaction) the work simply joins it.
  if (isClient(db)) return db.$transaction((tx) => rebuildRollup(tx), { timeout: 120_000 });

  const values = await db.activityIndicatorValue.findMany({
    where: { activity: { status: OFFICIAL_STATUS } },
    select: { indicatorId: true, value: true, activity: { select: { pairingId: true, date: true } } },
  });
  const rows = new Map<string, { pairingId: number; indicatorId: number; month: string; total: number; activityCount: number }>();
  for (const v of values) {
    const month = shanghaiMonth(v.activity.date);
    const key = `${v.activity.pairingId}|${v.indicatorId}|${month}`;
    const row = rows.get(key) ?? { pairingId: v.activity.pairingId, indicatorId: v.indicatorId, month, total: 0, activityCount: 0 };
    row.total += v.value;
    row.activityCount += 1;
    rows.set(key, row);
  }
  await db.activityRollup.deleteMany({});
  if (rows.size > 0) await db.activityRollup.createMany({ data: [...rows.values()] });
  return { rows: rows.size };
}

function isClient(db: DbOrTx): db is Db {
  return "$transaction" in db;
}
