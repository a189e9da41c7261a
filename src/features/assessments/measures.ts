import "server-only";
// What the assessment measures for a year, per pairing in effect, read with the dashboard's own
// where-builders (so "verified activities of 2011" here is what the dashboard counts for 2011),
// then summed per unit and per village.
import { EMPTY_MEASURES, isPledgeOnTime, isRectificationOnTime, type SubjectMeasures, yearPeriod } from "@/domain/assessment";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import type { DbOrTx } from "@/server/db-client";
import {
  type DashboardFilter,
  dashboardPledgeWhere,
  instantRange,
  leaderVisitWhere,
  pairingsInEffectWhere,
  surveyWhere,
  verifiedActivityWhere,
} from "@/features/dashboard";

export type Subject = "unit" | "village";

export type MeasuredSubject = {
  subject: Subject;
  id: number;
  name: string;
  /** The township (a village's own; a unit's first paired village's). */
  detail: string;
  measures: SubjectMeasures;
};

/**
 * The whole year, every pairing of the campaign: the assessment is the campaign's, not a reader's
 * view (who may read or write a campaign's assessment is checked before, on the campaign).
 */
export const yearFilter = (campaignId: number, year: number): DashboardFilter => ({ scope: {}, campaignId, period: yearPeriod(year) });

type PairingRow = { id: number; unitId: number; villageId: number; unit: { name: string }; village: { name: string; township: { name: string } } };

/** Every unit and village with a pairing of the campaign in effect during the year, with what was measured. */
export async function measureYear(db: DbOrTx, campaignId: number, year: number): Promise<MeasuredSubject[]> {
  const filter = yearFilter(campaignId, year);
  const [pairings, cells, pledges, rectifications, visits, surveys] = await Promise.all([
    db.pairing.findMany({
      where: pairingsInEffectWhere(filter),
      select: { id: true, unitId: true, villageId: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
      orderBy: { id: "asc" },
    }),
    db.activity.groupBy({ by: ["pairingId", "area"], where: verifiedActivityWhere(filter), _count: { _all: true } }),
    db.pledge.findMany({ where: dashboardPledgeWhere(filter), select: { pairingId: true, status: true, dueDate: true, fulfilledAt: true } }),
    db.rectification.findMany({ where: rectificationsDueWhere(campaignId, year), select: { pairingId: true, status: true, dueDate: true, closedAt: true } }),
    db.leaderVisit.groupBy({ by: ["pairingId"], where: leaderVisitWhere(filter), _count: { _all: true } }),
    db.survey.groupBy({ by: ["villageId"], where: surveyWhere(filter), _sum: { respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true } }),
  ]);
  const byPairing = new Map(pairings.map((p) => [p.id, { ...EMPTY_MEASURES, pairings: 1, areas: new Set<ContentAreaCode>() }]));
  for (const c of cells) {
    const m = byPairing.get(c.pairingId);
    if (!m) continue;
    m.verifiedActivities += c._count._all;
    m.areas.add(c.area as ContentAreaCode);
  }
  for (const p of pledges) {
    const m = byPairing.get(p.pairingId);
    if (!m) continue;
    m.pledgesDue += 1;
    if (isPledgeOnTime(p)) m.pledgesOnTime += 1;
  }
  for (const r of rectifications) {
    const m = r.pairingId === null ? undefined : byPairing.get(r.pairingId);
    if (!m) continue;
    m.rectificationsDue += 1;
    if (isRectificationOnTime(r)) m.rectificationsOnTime += 1;
  }
  for (const v of visits) {
    const m = byPairing.get(v.pairingId);
    if (m) m.visits += v._count._all;
  }
  const survey = new Map(surveys.map((s) => [s.villageId, s._sum]));

  const subjects = new Map<string, MeasuredSubject & { areas: Set<ContentAreaCode>; villages: Set<number> }>();
  const add = (p: PairingRow, subject: Subject) => {
    const id = subject === "unit" ? p.unitId : p.villageId;
    const key = `${subject}:${id}`;
    const s = subjects.get(key) ?? {
      subject,
      id,
      name: subject === "unit" ? p.unit.name : p.village.name,
      detail: p.village.township.name,
      measures: { ...EMPTY_MEASURES },
      areas: new Set<ContentAreaCode>(),
      villages: new Set<number>(),
    };
    const m = byPairing.get(p.id)!;
    const t = s.measures;
    t.pairings += 1;
    t.verifiedActivities += m.verifiedActivities;
    t.pledgesDue += m.pledgesDue;
    t.pledgesOnTime += m.pledgesOnTime;
    t.rectificationsDue += m.rectificationsDue;
    t.rectificationsOnTime += m.rectificationsOnTime;
    t.visits += m.visits;
    for (const a of m.areas) s.areas.add(a);
    t.areasCovered = CONTENT_AREAS.filter((a) => s.areas.has(a)).length;
    // A village's survey counts once, however many of its pairings were in effect.
    if (!s.villages.has(p.villageId)) {
      s.villages.add(p.villageId);
      const sums = survey.get(p.villageId);
      t.surveyRespondents += sums?.respondents ?? 0;
      t.surveySatisfied += (subject === "unit" ? sums?.satisfiedPairing : sums?.satisfiedVillageOrg) ?? 0;
    }
    subjects.set(key, s);
  };
  for (const p of pairings) {
    add(p, "unit");
    add(p, "village");
  }
  return [...subjects.values()].map(({ areas: _a, villages: _v, ...s }) => s);
}

/** Rectification items due in the year, raised against a pairing of the campaign. */
export function rectificationsDueWhere(campaignId: number, year: number) {
  return { dueDate: instantRange(yearPeriod(year)), pairing: { campaignId } };
}
