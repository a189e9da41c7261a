// The dashboard's aggregates checked against what they summarise: recomputed here in plain code
// from the raw rows (independently of the rebuild's SQL), for every test that changes activities.
import type { Db } from "@/server/db-client";
import { shanghaiDay, shanghaiMonth } from "@/lib/dates";

type Table = Record<string, Record<string, number | string>>;
const sorted = (rows: [string, Record<string, number | string>][]): Table => Object.fromEntries(rows.sort(([a], [b]) => a.localeCompare(b)));

/** What the four tables must hold, computed from the activities, their pairings and values. */
export async function rawAggregates(db: Db) {
  const activities = await db.activity.findMany({
    where: { status: { in: ["SUBMITTED", "VERIFIED"] } },
    include: { values: true, pairing: { select: { campaignId: true, village: { select: { townshipId: true } }, unit: { select: { regionId: true } } } } },
  });
  const values = new Map<string, { total: number; activityCount: number }>();
  const counts = new Map<string, { count: number }>();
  const cells = new Map<string, { count: number; lastDay: string }>();
  const totals = new Map<string, { place: string; count: number; first: string; last: string }>();
  for (const a of activities) {
    const month = shanghaiMonth(a.date);
    const place = `${a.pairing.village.townshipId}|${a.pairing.unit.regionId}|${a.pairing.campaignId}`;
    const disputeOpen = a.confirmation === "DISPUTED" && a.disputeResolvedAt === null;
    const countKey = `${place}|${a.area}|${month}|${a.status}|${a.confirmation}|${disputeOpen}`;
    counts.set(countKey, { count: (counts.get(countKey)?.count ?? 0) + 1 });
    if (a.status !== "VERIFIED") continue;
    for (const v of a.values) {
      const key = `${place}|${v.indicatorId}|${month}`;
      const row = values.get(key) ?? { total: 0, activityCount: 0 };
      row.total += v.value;
      row.activityCount += 1;
      values.set(key, row);
    }
    const cellKey = `${a.pairingId}|${a.area}|${month}`;
    const cell = cells.get(cellKey) ?? { count: 0, lastDay: "" };
    cell.count += 1;
    if (shanghaiDay(a.date) > cell.lastDay) cell.lastDay = shanghaiDay(a.date);
    cells.set(cellKey, cell);
    const totalKey = `${a.pairingId}|${a.area}`;
    const iso = a.date.toISOString();
    const total = totals.get(totalKey) ?? { place, count: 0, first: iso, last: iso };
    total.count += 1;
    if (iso < total.first) total.first = iso;
    if (iso > total.last) total.last = iso;
    totals.set(totalKey, total);
  }
  return { values: sorted([...values]), counts: sorted([...counts]), cells: sorted([...cells]), totals: sorted([...totals]) };
}

/** What the four tables hold, in the same shape. */
export async function storedAggregates(db: Db) {
  const [values, counts, cells, totals] = await Promise.all([db.valueAggregate.findMany(), db.countAggregate.findMany(), db.pairingAreaMonth.findMany(), db.pairingAreaTotal.findMany()]);
  return {
    values: sorted(values.map((r) => [`${r.townshipId}|${r.unitRegionId}|${r.campaignId}|${r.indicatorId}|${r.month}`, { total: r.total, activityCount: r.activityCount }])),
    counts: sorted(counts.map((r) => [`${r.townshipId}|${r.unitRegionId}|${r.campaignId}|${r.area}|${r.month}|${r.status}|${r.confirmation}|${r.disputeOpen}`, { count: r.count }])),
    cells: sorted(cells.map((r) => [`${r.pairingId}|${r.area}|${r.month}`, { count: r.count, lastDay: shanghaiDay(r.lastDate) }])),
    totals: sorted(
      totals.map((r) => [
        `${r.pairingId}|${r.area}`,
        { place: `${r.townshipId}|${r.unitRegionId}|${r.campaignId}`, count: r.count, first: r.firstDate.toISOString(), last: r.lastDate.toISOString() },
      ]),
    ),
  };
}

/** A verified indicator's total for one pairing's township over all months (for a quick look in a test). */
export async function aggregatedTotal(db: Db, indicatorId: number, where: { townshipId?: number; month?: string } = {}) {
  const rows = await db.valueAggregate.findMany({ where: { indicatorId, ...where } });
  return rows.reduce((sum, r) => sum + r.total, 0);
}
