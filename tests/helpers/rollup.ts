// The rollup table checked against what it summarises, for every test that changes verified work.
import type { Db } from "@/server/db-client";
import { shanghaiMonth } from "@/lib/dates";

/** What ActivityRollup must hold: verified values summed per pairing, indicator and Shanghai month. */
export async function rawRollup(db: Db) {
  const values = await db.activityIndicatorValue.findMany({
    where: { activity: { status: "VERIFIED" } },
    include: { activity: { select: { pairingId: true, date: true } } },
  });
  const sums = new Map<string, { total: number; activityCount: number }>();
  for (const v of values) {
    const key = `${v.activity.pairingId}|${v.indicatorId}|${shanghaiMonth(v.activity.date)}`;
    const row = sums.get(key) ?? { total: 0, activityCount: 0 };
    row.total += v.value;
    row.activityCount += 1;
    sums.set(key, row);
  }
  return Object.fromEntries([...sums].sort(([a], [b]) => a.localeCompare(b)));
}

export async function storedRollup(db: Db) {
  const rows = await db.activityRollup.findMany();
  return Object.fromEntries(
    rows.map((r) => [`${r.pairingId}|${r.indicatorId}|${r.month}`, { total: r.total, activityCount: r.activityCount }] as const).sort(([a], [b]) => a.localeCompare(b)),
  );
}
