import "server-only";
// Where every point of one unit's or village's year came from: its result (frozen and now, or
// live), and the records each part counted, read with the same where-builders as the measures.
import { yearPeriod } from "@/domain/assessment";
import type { DbOrTx } from "@/server/db-client";
import { dashboardPledgeWhere, leaderVisitWhere, pairingsInEffectWhere, surveyWhere, verifiedActivityWhere } from "@/features/dashboard";
import { rectificationsDueWhere, type Subject, yearFilter } from "./measures";
import { loadYearView, subjectKey } from "./results";

const pairingLabel = { select: { id: true, unit: { select: { name: true } }, village: { select: { name: true } } } } as const;

export async function subjectBreakdown(db: DbOrTx, campaignId: number, year: number, subject: Subject, id: number) {
  const view = await loadYearView(db, campaignId, year);
  const pick = (list: { subject: Subject; id: number }[] | undefined) => list?.find((r) => subjectKey(r.subject, r.id) === subjectKey(subject, id));
  const result = pick(subject === "unit" ? view.results.units : view.results.villages) as (typeof view.results.units)[number] | undefined;
  if (!result) return null;
  const now = view.now ? (pick(subject === "unit" ? view.now.units : view.now.villages) as typeof result | undefined) : undefined;

  const filter = yearFilter(campaignId, year);
  const own = subject === "unit" ? { unitId: id, campaignId } : { villageId: id, campaignId };
  const inYear = { AND: [pairingsInEffectWhere(filter), own] };
  const onOwn = { pairing: own };
  const [pairings, areas, pledges, rectifications, visits, surveys] = await Promise.all([
    db.pairing.findMany({ where: inYear, select: pairingLabel.select, orderBy: { id: "asc" } }),
    db.activity.groupBy({ by: ["area"], where: { AND: [verifiedActivityWhere(filter), onOwn] }, _count: { _all: true } }),
    db.pledge.findMany({
      where: { AND: [dashboardPledgeWhere(filter), onOwn] },
      select: { id: true, content: true, pledgerName: true, dueDate: true, status: true, fulfilledAt: true, pairing: pairingLabel },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    }),
    db.rectification.findMany({
      where: { AND: [rectificationsDueWhere(campaignId, year), onOwn] },
      select: { id: true, description: true, dueDate: true, status: true, closedAt: true, pairing: pairingLabel },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    }),
    db.leaderVisit.findMany({ where: { AND: [leaderVisitWhere(filter), onOwn] }, select: { id: true, date: true, leaderName: true, notes: true, pairing: pairingLabel }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
    db.survey.findMany({
      where: { AND: [surveyWhere(filter), { village: subject === "unit" ? { pairings: { some: { AND: [pairingsInEffectWhere(filter), own] } } } : { id } }] },
      select: { id: true, period: true, respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true, village: { select: { id: true, name: true } } },
      orderBy: [{ period: "asc" }, { villageId: "asc" }],
    }),
  ]);
  return {
    campaignId,
    year,
    subject,
    period: yearPeriod(year),
    frozen: view.frozen,
    settings: view.settings,
    result,
    now: now ?? null,
    records: { pairings, areas: new Map(areas.map((a) => [a.area, a._count._all])), pledges, rectifications, visits, surveys },
  };
}

export type SubjectBreakdown = NonNullable<Awaited<ReturnType<typeof subjectBreakdown>>>;
