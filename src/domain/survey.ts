// 民主测评: a round is a month ("2011-07"); each village gives respondents and how many are
// satisfied with the village party organization and with the pairing units' co-building. A rate is
// the sum of satisfied over the sum of respondents — by village, township or overall — never an
// average of rates (a village of 50 must not weigh as much as one of 500).
import { ratePercent } from "./format";

export type SurveyCounts = { respondents: number; satisfiedVillageOrg: number; satisfiedPairing: number };

export type SurveyTotals = SurveyCounts & { orgRate: number | null; pairingRate: number | null };

export function surveyTotals(rows: readonly SurveyCounts[]): SurveyTotals {
  const sum = (key: keyof SurveyCounts) => rows.reduce((total, row) => total + row[key], 0);
  const respondents = sum("respondents");
  const satisfiedVillageOrg = sum("satisfiedVillageOrg");
  const satisfiedPairing = sum("satisfiedPairing");
  return {
    respondents,
    satisfiedVillageOrg,
    satisfiedPairing,
    orgRate: ratePercent(satisfiedVillageOrg, respondents),
    pairingRate: ratePercent(satisfiedPairing, respondents),
  };
}

/** The satisfied counts that exceed the respondents: each is refused beside its cell. */
export function surveyCountProblems(row: SurveyCounts): ("satisfiedVillageOrg" | "satisfiedPairing")[] {
  return (["satisfiedVillageOrg", "satisfiedPairing"] as const).filter((key) => row[key] > row.respondents);
}

const ROUND = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A round's period "YYYY-MM" from a URL or a form, or undefined. */
export function parseSurveyRound(value: unknown): string | undefined {
  return typeof value === "string" && ROUND.test(value.trim()) ? value.trim() : undefined;
}

/** The rate's change from the previous round, in percentage points (null when either is missing). */
export function rateChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 100) / 100;
}
