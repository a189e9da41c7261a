// PledgeAggregate checked against what it summarises: recomputed here in plain code from the
// pledges (independently of the rebuild's SQL), for the tests that write pledges.
import type { Db } from "@/server/db-client";
import { shanghaiMonth } from "@/lib/dates";

const sorted = (entries: [string, number][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

/** What the table must hold: "township|unit region|campaign|due month|status" → count. */
export async function rawPledgeAggregates(db: Db): Promise<Record<string, number>> {
  const pledges = await db.pledge.findMany({ include: { pairing: { select: { campaignId: true, village: { select: { townshipId: true } }, unit: { select: { regionId: true } } } } } });
  const counts = new Map<string, number>();
  for (const p of pledges) {
    const key = `${p.pairing.village.townshipId}|${p.pairing.unit.regionId}|${p.pairing.campaignId}|${shanghaiMonth(p.dueDate)}|${p.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return sorted([...counts]);
}

/** What it holds, in the same shape (a zero row would show as a difference). */
export async function storedPledgeAggregates(db: Db): Promise<Record<string, number>> {
  const rows = await db.pledgeAggregate.findMany();
  return sorted(rows.map((r) => [`${r.townshipId}|${r.unitRegionId}|${r.campaignId}|${r.month}|${r.status}`, r.count]));
}
