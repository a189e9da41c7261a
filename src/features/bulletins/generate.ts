import "server-only";
// One click: a bulletin's figures and lists for a period, read with the dashboard's own queries
// (its headline cards, activity matrix, rankings and pair health), so the bulletin and the
// dashboard of the same period and township say the same thing.
import { pledgeOverdueWhere, rectificationOverdueWhere } from "@/domain/overdue";
import { todayInShanghai } from "@/domain/days";
import { shanghaiDay } from "@/lib/dates";
import type { DbOrTx } from "@/server/db-client";
import {
  activityMatrix,
  bestAndLagging,
  coverage,
  type DashboardFilter,
  dashboardPledgeWhere,
  headline,
  instantRange,
  onPairing,
  pairHealth,
  subjectTotals,
  verifiedActivityWhere,
} from "@/features/dashboard";
import { imageWhere } from "@/features/attachments";
import { BEST_UNITS, type BulletinContent, type BulletinTexts, HIGHLIGHTS, type Highlight, LIST_LIMIT, type TownshipProgress } from "./content";

type PairingActivityRow = Awaited<ReturnType<typeof activityMatrix>>[number];

/** Per township: pairings in effect, those with a verified activity, verified activities, average areas covered. */
export function townshipProgress(rows: PairingActivityRow[]): TownshipProgress[] {
  const byTownship = new Map<number, TownshipProgress & { areas: number }>();
  for (const r of rows.filter((x) => x.inEffect)) {
    const t = byTownship.get(r.townshipId) ?? { name: r.townshipName, pairings: 0, active: 0, verified: 0, coverage: 0, areas: 0 };
    t.pairings += 1;
    if (r.total > 0) t.active += 1;
    t.verified += r.total;
    t.areas += coverage(r.areas);
    byTownship.set(r.townshipId, t);
  }
  return [...byTownship.values()]
    .map(({ areas, ...t }) => ({ ...t, coverage: Math.round((areas / t.pairings) * 10) / 10 }))
    .sort((a, b) => b.verified - a.verified || a.name.localeCompare(b.name, "zh-CN"));
}

const pairingNames = { select: { unit: { select: { name: true } }, village: { select: { name: true } } } } as const;

export async function generateContent(db: DbOrTx, filter: DashboardFilter, texts: BulletinTexts, now = new Date()): Promise<BulletinContent> {
  const today = todayInShanghai(now);
  const due = { AND: [dashboardPledgeWhere(filter), pledgeOverdueWhere(now)] };
  const rectifications = { AND: [{ dueDate: instantRange(filter.period), ...onPairing(filter) }, rectificationOverdueWhere(now)] };
  const [figures, matrix, township, pledgeRows, pledgeTotal, rectRows, rectTotal, highlights] = await Promise.all([
    headline(db, filter),
    activityMatrix(db, filter),
    filter.townshipId ? db.township.findUnique({ where: { id: filter.townshipId }, select: { name: true } }) : null,
    db.pledge.findMany({ where: due, select: { id: true, content: true, pledgerName: true, dueDate: true, pairing: pairingNames }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIST_LIMIT }),
    db.pledge.count({ where: due }),
    db.rectification.findMany({
      where: rectifications,
      select: { id: true, description: true, dueDate: true, inspection: { select: { inspectors: true } }, pairing: pairingNames },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
    }),
    db.rectification.count({ where: rectifications }),
    highlightedActivities(db, filter),
  ]);
  const health = await pairHealth(db, filter, today, matrix);
  const dormant = health.filter((h) => h.dormant);
  return {
    ...texts,
    period: filter.period,
    townshipName: township?.name ?? null,
    figures,
    townships: townshipProgress(matrix),
    bestUnits: bestAndLagging(subjectTotals(matrix, "unit"), "activities", BEST_UNITS).best.filter((u) => u.activities > 0).map((u) => ({ name: u.name, activities: u.activities, coverage: u.coverage })),
    dormant: {
      total: dormant.length,
      rows: dormant.slice(0, LIST_LIMIT).map((h) => ({ pairingId: h.pairingId, unitName: h.unitName, villageName: h.villageName, townshipName: h.townshipName, daysSince: h.daysSince, lastEver: h.lastEver })),
    },
    overduePledges: {
      total: pledgeTotal,
      rows: pledgeRows.map((p) => ({ id: p.id, text: p.content, who: p.pledgerName, unitName: p.pairing.unit.name, villageName: p.pairing.village.name, dueDate: shanghaiDay(p.dueDate) })),
    },
    overdueRectifications: {
      total: rectTotal,
      rows: rectRows.map((r) => ({
        id: r.id,
        text: r.description,
        who: r.inspection.inspectors,
        unitName: r.pairing?.unit.name ?? "",
        villageName: r.pairing?.village.name ?? "",
        dueDate: shanghaiDay(r.dueDate),
      })),
    },
    highlights,
  };
}

/**
 * A few verified activities of the period with a photo, one per unit: those the village
 * confirmed first, then the newest.
 */
async function highlightedActivities(db: DbOrTx, filter: DashboardFilter): Promise<Highlight[]> {
  const candidates = await db.activity.findMany({
    where: { AND: [verifiedActivityWhere(filter), { attachments: { some: imageWhere } }] },
    select: {
      id: true,
      title: true,
      date: true,
      area: true,
      confirmation: true,
      pairing: { select: { unitId: true, unit: { select: { name: true } }, village: { select: { name: true } } } },
      attachments: { where: imageWhere, select: { id: true, phoneKey: true, thumbKey: true, mimeType: true }, orderBy: { id: "asc" }, take: 1 },
    },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: 200,
  });
  const ordered = [...candidates].sort((a, b) => Number(b.confirmation === "CONFIRMED") - Number(a.confirmation === "CONFIRMED"));
  const units = new Set<number>();
  const picked: Highlight[] = [];
  for (const a of ordered) {
    if (picked.length >= HIGHLIGHTS || units.has(a.pairing.unitId)) continue;
    units.add(a.pairing.unitId);
    const photo = a.attachments[0];
    picked.push({
      activityId: a.id,
      title: a.title,
      date: shanghaiDay(a.date),
      unitName: a.pairing.unit.name,
      villageName: a.pairing.village.name,
      area: a.area,
      photo: photo ? { attachmentId: photo.id, phoneKey: photo.phoneKey, thumbKey: photo.thumbKey, mimeType: photo.mimeType } : null,
    });
  }
  return picked;
}
