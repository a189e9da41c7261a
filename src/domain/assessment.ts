// 年度考核: how a unit's or a village's year becomes a score (DOMAIN.md §3, "Assessment"). Six
// parts, each a ratio between 0 and 1 of what was measured, times its weight. A part with nothing
// to measure (no pledge due, no survey taken, no rectification raised) is not applicable: it earns
// nothing and costs nothing, its weight is shared out over the other parts in proportion, so a unit
// is never marked down for a problem it did not have, nor up for a survey nobody took.
// Pure functions: the assessment queries, pages, tests and the freeze all use these.
import { z } from "zod";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { shanghaiDay } from "@/lib/dates";
import { wholeNumber } from "@/lib/form-fields";

export const ASSESSMENT_PARTS = ["coverage", "activities", "pledges", "satisfaction", "rectifications", "visits"] as const;
export type AssessmentPart = (typeof ASSESSMENT_PARTS)[number];

export const GRADES = ["EXCELLENT", "GOOD", "FAIR", "POOR"] as const;
export type GradeCode = (typeof GRADES)[number];

export type AssessmentSettings = {
  weights: Record<AssessmentPart, number>;
  /** Verified activities per pairing in effect that earn the activities part in full (one a month). */
  activitiesPerPairing: number;
  /** Leaders' visits per pairing in effect that earn the visits part in full; 0 leaves the part out. */
  visitsPerPairing: number;
  /** Lowest final scores of 优秀, 良好 and 一般; below `fairFrom` is 较差. */
  excellentFrom: number;
  goodFrom: number;
  fairFrom: number;
};

/**
 * Until the organization department changes them (README, "Annual assessment"): the joint work
 * itself weighs most (coverage of the six areas and verified activities, 25 each), then keeping
 * pledges (20), what the villagers say (15), closing rectifications on time (10) and leaders'
 * visits (5, since a unit does not choose when a leader comes). Grades at 90 / 80 / 60, as the
 * department's paper forms grade.
 */
export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = {
  weights: { coverage: 25, activities: 25, pledges: 20, satisfaction: 15, rectifications: 10, visits: 5 },
  activitiesPerPairing: 12,
  visitsPerPairing: 1,
  excellentFrom: 90,
  goodFrom: 80,
  fairFrom: 60,
};

/** What was measured for one unit or village over the year. */
export type SubjectMeasures = {
  /** Pairings of the subject in effect at some time during the year. */
  pairings: number;
  /** Content areas (0–6) in which its pairings have a verified activity dated in the year. */
  areasCovered: number;
  verifiedActivities: number;
  /** Pledges due in the year, and those fulfilled on or before their due day. */
  pledgesDue: number;
  pledgesOnTime: number;
  /** Survey rows taken in the year: a unit is judged on satisfaction with the co-building, a village on satisfaction with its party organization. */
  surveyRespondents: number;
  surveySatisfied: number;
  /** Rectification items due in the year, and those closed on or before their due day. */
  rectificationsDue: number;
  rectificationsOnTime: number;
  visits: number;
};

export const EMPTY_MEASURES: SubjectMeasures = {
  pairings: 0,
  areasCovered: 0,
  verifiedActivities: 0,
  pledgesDue: 0,
  pledgesOnTime: 0,
  surveyRespondents: 0,
  surveySatisfied: 0,
  rectificationsDue: 0,
  rectificationsOnTime: 0,
  visits: 0,
};

export type PartScore = {
  part: AssessmentPart;
  weight: number;
  /** Share achieved, 0–1; null when the part has nothing to measure. */
  ratio: number | null;
  /** Points earned and the most the part could earn, after sharing out inapplicable weight. */
  points: number;
  max: number;
};

export type SubjectScore = { parts: PartScore[]; computed: number };

/** Two decimals, half up: scores are shown and stored that way. */
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

const capped = (done: number, target: number) => Math.min(1, done / target);

export function partRatio(part: AssessmentPart, m: SubjectMeasures, s: AssessmentSettings): number | null {
  switch (part) {
    case "coverage":
      return m.pairings > 0 ? m.areasCovered / CONTENT_AREAS.length : null;
    case "activities":
      return m.pairings > 0 && s.activitiesPerPairing > 0 ? capped(m.verifiedActivities, s.activitiesPerPairing * m.pairings) : null;
    case "pledges":
      return m.pledgesDue > 0 ? m.pledgesOnTime / m.pledgesDue : null;
    case "satisfaction":
      return m.surveyRespondents > 0 ? m.surveySatisfied / m.surveyRespondents : null;
    case "rectifications":
      return m.rectificationsDue > 0 ? m.rectificationsOnTime / m.rectificationsDue : null;
    case "visits":
      return m.pairings > 0 && s.visitsPerPairing > 0 ? capped(m.visits, s.visitsPerPairing * m.pairings) : null;
  }
}

/** The parts and the computed score (0–100): each part earns 100 × weight × ratio ÷ the applicable weights. */
export function scoreSubject(m: SubjectMeasures, s: AssessmentSettings): SubjectScore {
  const ratios = ASSESSMENT_PARTS.map((part) => ({ part, weight: s.weights[part], ratio: partRatio(part, m, s) }));
  const applicable = ratios.reduce((sum, r) => sum + (r.ratio === null ? 0 : r.weight), 0);
  const exact = ratios.map((r) => (r.ratio === null || applicable === 0 ? 0 : (100 * r.weight * r.ratio) / applicable));
  const parts = ratios.map((r, i) => ({
    ...r,
    points: round2(exact[i]),
    max: r.ratio === null || applicable === 0 ? 0 : round2((100 * r.weight) / applicable),
  }));
  // The total of the exact points, so that full marks in every part is 100, not 99.99.
  return { parts, computed: round2(exact.reduce((sum, p) => sum + p, 0)) };
}

/** The computed score with the department's adjustment, kept between 0 and 100. */
export const finalScore = (computed: number, adjustment: number) => Math.min(100, Math.max(0, round2(computed + adjustment)));

export function gradeOf(score: number, s: AssessmentSettings): GradeCode {
  if (score >= s.excellentFrom) return "EXCELLENT";
  if (score >= s.goodFrom) return "GOOD";
  if (score >= s.fairFrom) return "FAIR";
  return "POOR";
}

/** Ranks by final score, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4). */
export function rankByScore<T extends { final: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.final - a.final);
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.final !== sorted[i - 1].final) rank = i + 1;
    return { ...row, rank };
  });
}

/** A pledge kept its word: fulfilled, on or before its due day (Asia/Shanghai). */
export function isPledgeOnTime(p: { status: string; dueDate: Date; fulfilledAt: Date | null }): boolean {
  return p.status === "FULFILLED" && p.fulfilledAt !== null && shanghaiDay(p.fulfilledAt) <= shanghaiDay(p.dueDate);
}

/** A rectification item closed (销号) on or before its due day (Asia/Shanghai). */
export function isRectificationOnTime(r: { status: string; dueDate: Date; closedAt: Date | null }): boolean {
  return r.status === "CLOSED" && r.closedAt !== null && shanghaiDay(r.closedAt) <= shanghaiDay(r.dueDate);
}

/** The calendar year as Shanghai days, the period every part is measured over. */
export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

// — the forms —

const score = (max: number) => wholeNumber(max);

/** The settings form: whole-number weights that add up to 100, targets, and thresholds in order. */
export const AssessmentSettingsInput = z
  .object({
    weightCoverage: score(100),
    weightActivities: score(100),
    weightPledges: score(100),
    weightSatisfaction: score(100),
    weightRectifications: score(100),
    weightVisits: score(100),
    activitiesPerPairing: wholeNumber(365).pipe(z.number().min(1, { error: "validation.tooSmall" })),
    visitsPerPairing: wholeNumber(52),
    excellentFrom: score(100),
    goodFrom: score(100),
    fairFrom: score(100),
  })
  .refine((v) => v.weightCoverage + v.weightActivities + v.weightPledges + v.weightSatisfaction + v.weightRectifications + v.weightVisits === 100, {
    error: "assessments.validation.weightsTotal",
    path: ["weightCoverage"],
  })
  .refine((v) => v.excellentFrom > v.goodFrom && v.goodFrom > v.fairFrom, { error: "assessments.validation.thresholdsOrder", path: ["goodFrom"] });

export type AssessmentSettingsRow = z.output<typeof AssessmentSettingsInput>;

export function settingsFromRow(row: AssessmentSettingsRow): AssessmentSettings {
  return {
    weights: {
      coverage: row.weightCoverage,
      activities: row.weightActivities,
      pledges: row.weightPledges,
      satisfaction: row.weightSatisfaction,
      rectifications: row.weightRectifications,
      visits: row.weightVisits,
    },
    activitiesPerPairing: row.activitiesPerPairing,
    visitsPerPairing: row.visitsPerPairing,
    excellentFrom: row.excellentFrom,
    goodFrom: row.goodFrom,
    fairFrom: row.fairFrom,
  };
}

export function settingsToRow(s: AssessmentSettings): AssessmentSettingsRow {
  return {
    weightCoverage: s.weights.coverage,
    weightActivities: s.weights.activities,
    weightPledges: s.weights.pledges,
    weightSatisfaction: s.weights.satisfaction,
    weightRectifications: s.weights.rectifications,
    weightVisits: s.weights.visits,
    activitiesPerPairing: s.activitiesPerPairing,
    visitsPerPairing: s.visitsPerPairing,
    excellentFrom: s.excellentFrom,
    goodFrom: s.goodFrom,
    fairFrom: s.fairFrom,
  };
}

/** An adjustment of at most 20 points either way, to two decimals, always with its reason. */
export const MAX_ADJUSTMENT = 20;

/** A score as it is shown and printed: two decimals ("50.95"); an adjustment with its sign ("+5.00"). */
export const formatScore = (n: number) => n.toFixed(2);
export const formatAdjustment = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/** A frozen result differs from today's computation when the score or the grade would change. */
export const resultDiffers = (a: { final: number; grade: string }, b: { final: number; grade: string } | undefined) =>
  !b || a.final !== b.final || a.grade !== b.grade;
