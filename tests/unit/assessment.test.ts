// The annual assessment's arithmetic, against scores worked out by hand.
import { describe, expect, it } from "vitest";
import {
  AssessmentSettingsInput,
  DEFAULT_ASSESSMENT_SETTINGS as S,
  EMPTY_MEASURES,
  finalScore,
  gradeOf,
  isPledgeOnTime,
  isRectificationOnTime,
  rankByScore,
  scoreSubject,
  settingsFromRow,
  settingsToRow,
} from "@/domain/assessment";
import { at, day } from "../helpers/factories";

const points = (m: Partial<typeof EMPTY_MEASURES>, settings = S) =>
  Object.fromEntries(scoreSubject({ ...EMPTY_MEASURES, ...m }, settings).parts.map((p) => [p.part, [p.points, p.max]]));

describe("the score of a year", () => {
  it("gives each part its weight times the share achieved when every part applies", () => {
    // coverage 3/6 × 25 = 12.5; activities 6/12 × 25 = 12.5; pledges 3/4 × 20 = 15;
    // satisfaction 45/50 × 15 = 13.5; rectifications 1/2 × 10 = 5; visits 0/1 × 5 = 0 → 58.5
    const m = { pairings: 1, areasCovered: 3, verifiedActivities: 6, pledgesDue: 4, pledgesOnTime: 3, surveyRespondents: 50, surveySatisfied: 45, rectificationsDue: 2, rectificationsOnTime: 1, visits: 0 };
    const score = scoreSubject({ ...EMPTY_MEASURES, ...m }, S);
    expect(score.computed).toBe(58.5);
    expect(points(m)).toEqual({ coverage: [12.5, 25], activities: [12.5, 25], pledges: [15, 20], satisfaction: [13.5, 15], rectifications: [5, 10], visits: [0, 5] });
    expect(gradeOf(score.computed, S)).toBe("POOR");
    expect(gradeOf(finalScore(score.computed, 2), S)).toBe("FAIR");
  });

  it("shares the weight of parts with nothing to measure over the others, so full marks are 100", () => {
    // No pledge due, no survey, no rectification: 25 + 25 + 5 = 55 applicable; each part scaled by 100/55.
    const m = { pairings: 1, areasCovered: 6, verifiedActivities: 15, visits: 2 };
    const score = scoreSubject({ ...EMPTY_MEASURES, ...m }, S);
    expect(score.computed).toBe(100);
    expect(points(m)).toEqual({ coverage: [45.45, 45.45], activities: [45.45, 45.45], pledges: [0, 0], satisfaction: [0, 0], rectifications: [0, 0], visits: [9.09, 9.09] });
    expect(score.parts.find((p) => p.part === "pledges")?.ratio).toBeNull();
  });

  it("sets the targets per pairing and caps a part at its weight", () => {
    // Two pairings: 18 of 24 activities = 0.75; 3 visits of 2 counts as 2. 4 of 6 areas.
    // Applicable 25 + 25 + 5 = 55: coverage 100×25×(4/6)/55 = 30.30…; activities 100×25×0.75/55 = 34.09…; visits 9.09…
    const m = { pairings: 2, areasCovered: 4, verifiedActivities: 18, visits: 3 };
    expect(points(m)).toMatchObject({ coverage: [30.3, 45.45], activities: [34.09, 45.45], visits: [9.09, 9.09] });
    // 30.3030… + 34.0909… + 9.0909… = 73.4848… → 73.48
    expect(scoreSubject({ ...EMPTY_MEASURES, ...m }, S).computed).toBe(73.48);
  });

  it("scores a subject without any pairing in effect zero, and leaves out visits when their target is 0", () => {
    expect(scoreSubject(EMPTY_MEASURES, S).computed).toBe(0);
    const noVisits = { ...S, visitsPerPairing: 0 };
    // coverage 6/6 and 12 of 12 activities: 25 + 25 applicable, both full → 100
    expect(scoreSubject({ ...EMPTY_MEASURES, pairings: 1, areasCovered: 6, verifiedActivities: 12 }, noVisits).computed).toBe(100);
  });

  it("keeps an adjusted score between 0 and 100 and grades it at the thresholds", () => {
    expect(finalScore(95.5, 10)).toBe(100);
    expect(finalScore(3, -5)).toBe(0);
    expect(finalScore(78.25, 1.75)).toBe(80);
    expect([90, 89.99, 80, 79.99, 60, 59.99].map((x) => gradeOf(x, S))).toEqual(["EXCELLENT", "GOOD", "GOOD", "FAIR", "FAIR", "POOR"]);
  });

  it("ranks equal scores alike and skips the ranks they take", () => {
    const ranked = rankByScore([{ id: 1, final: 80 }, { id: 2, final: 92 }, { id: 3, final: 80 }, { id: 4, final: 70 }]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([[2, 1], [1, 2], [3, 2], [4, 4]]);
  });
});

describe("on time", () => {
  it("counts a pledge fulfilled on its due day (Shanghai) as on time, the day after as late", () => {
    expect(isPledgeOnTime({ status: "FULFILLED", dueDate: day("2011-06-30"), fulfilledAt: at("2011-06-30", "23:30") })).toBe(true);
    expect(isPledgeOnTime({ status: "FULFILLED", dueDate: day("2011-06-30"), fulfilledAt: at("2011-07-01", "00:10") })).toBe(false);
    expect(isPledgeOnTime({ status: "IN_PROGRESS", dueDate: day("2011-06-30"), fulfilledAt: null })).toBe(false);
  });

  it("counts a rectification closed by its due day as on time; an open one never", () => {
    expect(isRectificationOnTime({ status: "CLOSED", dueDate: day("2011-05-20"), closedAt: at("2011-05-20", "17:00") })).toBe(true);
    expect(isRectificationOnTime({ status: "CLOSED", dueDate: day("2011-05-20"), closedAt: at("2011-05-21") })).toBe(false);
    expect(isRectificationOnTime({ status: "OPEN", dueDate: day("2011-05-20"), closedAt: null })).toBe(false);
  });
});

describe("the settings form", () => {
  const row = settingsToRow(S);
  it("reads back the defaults it wrote", () => {
    expect(settingsFromRow(AssessmentSettingsInput.parse(row))).toEqual(S);
  });

  it("refuses weights that do not add up to 100 and thresholds out of order, next to their fields", () => {
    const weights = AssessmentSettingsInput.safeParse({ ...row, weightVisits: 10 });
    expect(weights.error?.issues[0]).toMatchObject({ path: ["weightCoverage"], message: "assessments.validation.weightsTotal" });
    const order = AssessmentSettingsInput.safeParse({ ...row, goodFrom: 95 });
    expect(order.error?.issues[0]).toMatchObject({ path: ["goodFrom"], message: "assessments.validation.thresholdsOrder" });
  });
});
