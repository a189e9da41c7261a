import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { rateChange, type SurveyCounts, surveyTotals, type SurveyTotals } from "@/domain/survey";
import type { DbOrTx } from "@/server/db-client";

const SUMS = { respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true } as const;

type Sums = { _sum: { respondents: number | null; satisfiedVillageOrg: number | null; satisfiedPairing: number | null } };
const countsOf = (r: Sums): SurveyCounts => ({
  respondents: r._sum.respondents ?? 0,
  satisfiedVillageOrg: r._sum.satisfiedVillageOrg ?? 0,
  satisfiedPairing: r._sum.satisfiedPairing ?? 0,
});

export type RoundSummary = SurveyTotals & { round: string; villages: number; orgChange: number | null; pairingChange: number | null };

// Surveys belong to villages: a region's department sees those of its region's villages (`villages`:
// villagesInScope of the reader, domain/visibility.ts), its townships likewise.

/** Every round, newest first, with its rates and their change from the round before. */
export async function surveyRoundSummaries(db: DbOrTx, villages: Prisma.VillageWhereInput): Promise<RoundSummary[]> {
  const rows = await db.survey.groupBy({ by: ["period"], where: { village: villages }, _sum: SUMS, _count: { _all: true }, orderBy: { period: "asc" } });
  const rounds = rows.map((r) => ({ round: r.period, villages: r._count._all, ...surveyTotals([countsOf(r)]) }));
  return rounds
    .map((r, i) => ({
      ...r,
      orgChange: i > 0 ? rateChange(r.orgRate, rounds[i - 1].orgRate) : null,
      pairingChange: i > 0 ? rateChange(r.pairingRate, rounds[i - 1].pairingRate) : null,
    }))
    .reverse();
}

export type TownshipRound = SurveyTotals & { townshipId: number; regionId: number; name: string; villages: number; surveyed: number };

export type VillageRound = SurveyTotals & { villageId: number; name: string; townshipId: number; townshipName: string; takenOn: Date };

/** One round: overall, per township (with how many of its villages are entered), and per village. */
export async function surveyRound(db: DbOrTx, round: string, inTownships: Prisma.TownshipWhereInput, inVillages: Prisma.VillageWhereInput) {
  const [townships, rows] = await Promise.all([
    db.township.findMany({ where: inTownships, orderBy: { id: "asc" }, select: { id: true, name: true, regionId: true, _count: { select: { villages: true } } } }),
    db.survey.findMany({ where: { period: round, village: inVillages }, include: { village: { select: { name: true, townshipId: true } } } }),
  ]);
  const byTownship: TownshipRound[] = townships.map((t) => {
    const own = rows.filter((r) => r.village.townshipId === t.id);
    return { townshipId: t.id, regionId: t.regionId, name: t.name, villages: t._count.villages, surveyed: own.length, ...surveyTotals(own) };
  });
  const townshipName = new Map(townships.map((t) => [t.id, t.name]));
  const villages: VillageRound[] = rows
    .map((r) => ({
      villageId: r.villageId,
      name: r.village.name,
      townshipId: r.village.townshipId,
      townshipName: townshipName.get(r.village.townshipId) ?? "",
      takenOn: r.takenOn,
      ...surveyTotals([r]),
    }))
    .sort((a, b) => a.townshipName.localeCompare(b.townshipName, "zh-CN") || a.name.localeCompare(b.name, "zh-CN"));
  return { overall: surveyTotals(rows), byTownship, villages };
}

/** The entry table of one township in one round: every village, with what is already entered. */
export async function townshipEntry(db: DbOrTx, round: string, townshipId: number, where: Prisma.TownshipWhereInput) {
  const township = await db.township.findFirst({
    where: { id: townshipId, ...where },
    include: { villages: { select: { id: true, name: true, surveys: { where: { period: round } } } } },
  });
  if (!township) return null;
  // In pinyin order, as on the paper forms; the same on both databases, whatever their collation.
  const villages = township.villages
    .map((v) => ({ id: v.id, name: v.name, survey: v.surveys[0] ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const takenOn = villages.find((v) => v.survey)?.survey?.takenOn ?? null;
  return { id: township.id, name: township.name, villages, takenOn };
}
