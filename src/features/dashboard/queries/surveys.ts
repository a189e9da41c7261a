import "server-only";
import type { DbOrTx } from "@/server/db";
import { figure } from "./figure";
import { type DashboardFilter, villageWhere } from "./filter";
import { surveyWhere } from "./record-filters";

export type SurveySums = { round: string; respondents: number; satisfiedVillageOrg: number; satisfiedPairing: number };

/**
 * Survey rounds taken in the period, oldest first, with their sums. Satisfaction is a measurement
 * at one moment, so the dashboard's rates are those of the latest round in the period (on the demo
 * the July 2011 round: 97.63% and 98.55%); adding an earlier round in would blur two moments.
 */
export async function surveyRounds(db: DbOrTx, filter: DashboardFilter): Promise<SurveySums[]> {
  const rows = await db.survey.groupBy({
    by: ["period"],
    where: surveyWhere(filter),
    _sum: { respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true },
    orderBy: { period: "asc" },
  });
  return rows.map((r) => ({
    round: r.period,
    respondents: r._sum.respondents ?? 0,
    satisfiedVillageOrg: r._sum.satisfiedVillageOrg ?? 0,
    satisfiedPairing: r._sum.satisfiedPairing ?? 0,
  }));
}

export type VillageSatisfaction = Omit<SurveySums, "round"> & { villageId: number; villageName: string; townshipName: string };

/** One round's sums per village, lowest satisfaction with the pairing first. */
export async function satisfactionByVillage(db: DbOrTx, filter: DashboardFilter, round: string): Promise<VillageSatisfaction[]> {
  const rows = await db.survey.groupBy({
    by: ["villageId"],
    where: surveyWhere(filter, round),
    _sum: { respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true },
  });
  // The filter's villages, not an IN list of thousands of ids (see pairing-directory.ts).
  const [villages, townships] = await Promise.all([
    db.village.findMany({ where: villageWhere(filter), select: { id: true, name: true, townshipId: true } }),
    db.township.findMany({ select: { id: true, name: true } }),
  ]);
  const townshipName = new Map(townships.map((t) => [t.id, t.name]));
  const byId = new Map(villages.map((v) => [v.id, { name: v.name, township: { name: townshipName.get(v.townshipId) ?? "" } }]));
  return rows
    .map((r) => ({
      villageId: r.villageId,
      villageName: byId.get(r.villageId)?.name ?? "",
      townshipName: byId.get(r.villageId)?.township.name ?? "",
      respondents: r._sum.respondents ?? 0,
      satisfiedVillageOrg: r._sum.satisfiedVillageOrg ?? 0,
      satisfiedPairing: r._sum.satisfiedPairing ?? 0,
    }))
    .sort((a, b) => share(a.satisfiedPairing, a.respondents) - share(b.satisfiedPairing, b.respondents) || a.villageId - b.villageId);
}

const share = (n: number, d: number) => (d > 0 ? n / d : 1);

export const surveyRoundsFigure = figure("surveyRounds", ({ db }, filter) => surveyRounds(db, filter));
export const satisfactionByVillageFigure = figure("satisfactionByVillage", ({ db }, filter, round: string) => satisfactionByVillage(db, filter, round));
