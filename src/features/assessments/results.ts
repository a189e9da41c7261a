import "server-only";
// A campaign's year's results: computed live from the campaign's pairings with its current
// settings, or — once the year is frozen — the stored results, beside what the data would give now
// (with the settings they were frozen with, so that only corrections of the data show as
// differences). Each campaign is assessed apart: one county freezing its year leaves another's open.
import {
  ASSESSMENT_PARTS,
  type AssessmentSettings,
  DEFAULT_ASSESSMENT_SETTINGS,
  finalScore,
  type GradeCode,
  gradeOf,
  type PartScore,
  rankByScore,
  scoreSubject,
  settingsFromRow,
  type SubjectMeasures,
} from "@/domain/assessment";
import { shanghaiDay } from "@/lib/dates";
import type { CampaignSummary } from "@/features/campaigns";
import type { DbOrTx } from "@/server/db-client";
import { type MeasuredSubject, measureYear, type Subject } from "./measures";

export type AssessmentResult = MeasuredSubject & {
  parts: PartScore[];
  computed: number;
  adjustment: number;
  adjustmentReason: string | null;
  final: number;
  grade: GradeCode;
  rank: number;
};

export type YearResults = { units: AssessmentResult[]; villages: AssessmentResult[] };

export type FrozenYear = { frozenAt: Date; frozenByName: string; settings: AssessmentSettings };

export type YearView = {
  campaignId: number;
  year: number;
  frozen: FrozenYear | null;
  /** The settings the results were computed with. */
  settings: AssessmentSettings;
  results: YearResults;
  /** For a frozen year: the same computation on today's data; null for a live year. */
  now: YearResults | null;
};

export async function loadAssessmentSettings(db: DbOrTx, campaignId: number): Promise<AssessmentSettings> {
  const row = await db.assessmentSettings.findUnique({ where: { campaignId } });
  return row ? settingsFromRow(row) : DEFAULT_ASSESSMENT_SETTINGS;
}

export const subjectKey = (subject: Subject, id: number) => `${subject}:${id}`;

/** Scores, grades and ranks (units and villages ranked apart) of the campaign's year on today's data. */
export async function computeResults(db: DbOrTx, campaignId: number, year: number, settings: AssessmentSettings): Promise<YearResults> {
  const [measured, adjustments] = await Promise.all([
    measureYear(db, campaignId, year),
    db.assessment.findMany({ where: { campaignId, year }, select: { unitId: true, villageId: true, adjustment: true, adjustmentReason: true } }),
  ]);
  const adjusted = new Map(adjustments.map((a) => [a.unitId ? subjectKey("unit", a.unitId) : subjectKey("village", a.villageId!), a]));
  const scored = measured.map((s) => {
    const { parts, computed } = scoreSubject(s.measures, settings);
    const a = adjusted.get(subjectKey(s.subject, s.id));
    const adjustment = a?.adjustment ?? 0;
    const final = finalScore(computed, adjustment);
    return { ...s, parts, computed, adjustment, adjustmentReason: a?.adjustmentReason ?? null, final, grade: gradeOf(final, settings) };
  });
  const ranked = (subject: Subject) => rankByScore(scored.filter((s) => s.subject === subject).sort((a, b) => a.id - b.id));
  return { units: ranked("unit"), villages: ranked("village") };
}

/** What a frozen row keeps beside its score columns: the measures and the parts (JSON text). */
export type StoredBreakdown = { measures: SubjectMeasures; parts: PartScore[]; detail: string };

export async function loadYearView(db: DbOrTx, campaignId: number, year: number): Promise<YearView> {
  const frozenRow = await db.assessmentYear.findUnique({ where: { campaignId_year: { campaignId, year } } });
  if (!frozenRow) {
    const settings = await loadAssessmentSettings(db, campaignId);
    return { campaignId, year, frozen: null, settings, results: await computeResults(db, campaignId, year, settings), now: null };
  }
  const settings = JSON.parse(frozenRow.settings) as AssessmentSettings;
  const frozen = { frozenAt: frozenRow.frozenAt, frozenByName: frozenRow.frozenByName, settings };
  const [stored, now] = await Promise.all([storedResults(db, campaignId, year), computeResults(db, campaignId, year, settings)]);
  return { campaignId, year, frozen, settings, results: stored, now };
}

async function storedResults(db: DbOrTx, campaignId: number, year: number): Promise<YearResults> {
  const rows = await db.assessment.findMany({
    where: { campaignId, year, measures: { not: null } },
    include: { unit: { select: { name: true } }, village: { select: { name: true } } },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
  });
  const results = rows.map((r): AssessmentResult => {
    const kept = JSON.parse(r.measures!) as StoredBreakdown;
    return {
      subject: r.subject === "UNIT" ? "unit" : "village",
      id: (r.unitId ?? r.villageId)!,
      name: r.unit?.name ?? r.village?.name ?? "",
      detail: kept.detail,
      measures: kept.measures,
      parts: kept.parts,
      computed: r.computedScore,
      adjustment: r.adjustment,
      adjustmentReason: r.adjustmentReason,
      final: r.finalScore,
      grade: r.grade ?? "POOR",
      rank: r.rank ?? 0,
    };
  });
  return { units: results.filter((r) => r.subject === "unit"), villages: results.filter((r) => r.subject === "village") };
}

/** The row a frozen result is stored as. */
export function storedRow(campaignId: number, year: number, r: AssessmentResult) {
  const points = Object.fromEntries(r.parts.map((p) => [p.part, p.points])) as Record<(typeof ASSESSMENT_PARTS)[number], number>;
  const breakdown: StoredBreakdown = { measures: r.measures, parts: r.parts, detail: r.detail };
  return {
    campaignId,
    year,
    subject: r.subject === "unit" ? ("UNIT" as const) : ("VILLAGE" as const),
    unitId: r.subject === "unit" ? r.id : null,
    villageId: r.subject === "village" ? r.id : null,
    coverageScore: points.coverage,
    activityScore: points.activities,
    pledgeScore: points.pledges,
    satisfactionScore: points.satisfaction,
    rectificationScore: points.rectifications,
    visitScore: points.visits,
    measures: JSON.stringify(breakdown),
    computedScore: r.computed,
    adjustment: r.adjustment,
    adjustmentReason: r.adjustmentReason,
    finalScore: r.final,
    grade: r.grade,
    rank: r.rank,
  };
}

/** Years worth offering: those the campaign's days touch, up to this year (its first at least), newest first. */
export function assessmentYears(campaign: Pick<CampaignSummary, "start" | "end">, thisYear: number): number[] {
  const from = Number(campaign.start.slice(0, 4));
  const to = Math.max(from, Math.min(Number(campaign.end.slice(0, 4)), thisYear));
  const years: number[] = [];
  for (let y = to; y >= from; y--) years.push(y);
  return years;
}

/** The year shown when none is chosen: that of the campaign's latest verified activity (the demo's 2011), else its latest year offered. */
async function defaultYear(db: DbOrTx, campaignId: number, years: number[]): Promise<number> {
  const last = await db.activity.findFirst({ where: { status: "VERIFIED", pairing: { campaignId } }, orderBy: { date: "desc" }, select: { date: true } });
  const year = last ? Number(shanghaiDay(last.date).slice(0, 4)) : years[0];
  return years.includes(year) ? year : years[0];
}

/** The year a page or export shows: the one its query string names if offered, else the default. */
export async function chosenYear(db: DbOrTx, campaign: CampaignSummary, asked: number, thisYear: number): Promise<{ year: number; years: number[] }> {
  const years = assessmentYears(campaign, thisYear);
  return { year: years.includes(asked) ? asked : await defaultYear(db, campaign.id, years), years };
}
