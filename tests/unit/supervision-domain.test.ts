// The rules of supervision and surveys (src/domain): a rectification's age past its due day, which
// statuses may be reported or checked, the leaders' visit target, and survey rates as sums over sums.
import { describe, expect, it } from "vitest";
import { quartersOf, visitTarget } from "@/domain/contact-visits";
import { rectificationDaysOverdue } from "@/domain/overdue";
import { canCheckRectification, canReportRectification, RECTIFICATION_STATUSES } from "@/domain/rectification";
import { parseSurveyRound, rateChange, surveyCountProblems, surveyTotals } from "@/domain/survey";
import { day } from "../helpers/factories";

describe("rectifications", () => {
  it("are reported while open or sent back, and checked once reported", () => {
    expect(RECTIFICATION_STATUSES.filter(canReportRectification)).toEqual(["OPEN", "IN_PROGRESS"]);
    expect(RECTIFICATION_STATUSES.filter(canCheckRectification)).toEqual(["REPORTED"]);
  });

  it("age in whole Shanghai days past the due day, and not at all on the due day or once closed", () => {
    const now = new Date("2011-07-10T03:00:00Z"); // 11:00 in Shanghai
    expect(rectificationDaysOverdue({ status: "OPEN", dueDate: day("2011-07-10") }, now)).toBe(0);
    expect(rectificationDaysOverdue({ status: "OPEN", dueDate: day("2011-07-09") }, now)).toBe(1);
    expect(rectificationDaysOverdue({ status: "REPORTED", dueDate: day("2011-06-10") }, now)).toBe(30);
    expect(rectificationDaysOverdue({ status: "CLOSED", dueDate: day("2011-06-10") }, now)).toBe(0);
    // 23:30 on 9 July UTC is already 10 July in Shanghai.
    expect(rectificationDaysOverdue({ status: "OPEN", dueDate: day("2011-07-09") }, new Date("2011-07-09T17:30:00Z"))).toBe(1);
  });
});

describe("the leaders' visit target", () => {
  it("counts every quarter a period touches", () => {
    expect(quartersOf({ from: "2010-06-01", to: "2011-08-31" })).toEqual(["2010-Q2", "2010-Q3", "2010-Q4", "2011-Q1", "2011-Q2", "2011-Q3"]);
    expect(quartersOf({ from: "2011-01-01", to: "2011-03-31" })).toEqual(["2011-Q1"]);
    expect(quartersOf({ from: "2010-12-31", to: "2011-01-01" })).toEqual(["2010-Q4", "2011-Q1"]);
  });

  it("is one visit per contact point per quarter", () => {
    expect(visitTarget(3, { from: "2011-01-01", to: "2011-12-31" })).toBe(12);
    expect(visitTarget(2, { from: "2010-06-01", to: "2011-08-31" })).toBe(12);
    expect(visitTarget(0, { from: "2011-01-01", to: "2011-12-31" })).toBe(0);
    expect(visitTarget(2, { from: "2011-05-01", to: "2011-04-01" })).toBe(0);
  });
});

describe("survey rates", () => {
  it("are sums of satisfied over sums of respondents, not averages of rates", () => {
    // 49/50 = 98% and 400/500 = 80%: the average would be 89%, the true rate 449/550 = 81.64%.
    const totals = surveyTotals([
      { respondents: 50, satisfiedVillageOrg: 49, satisfiedPairing: 50 },
      { respondents: 500, satisfiedVillageOrg: 400, satisfiedPairing: 499 },
    ]);
    expect(totals).toEqual({ respondents: 550, satisfiedVillageOrg: 449, satisfiedPairing: 549, orgRate: 81.64, pairingRate: 99.82 });
    expect(surveyTotals([])).toEqual({ respondents: 0, satisfiedVillageOrg: 0, satisfiedPairing: 0, orgRate: null, pairingRate: null });
  });

  it("name each satisfied count above the respondents", () => {
    expect(surveyCountProblems({ respondents: 100, satisfiedVillageOrg: 100, satisfiedPairing: 0 })).toEqual([]);
    expect(surveyCountProblems({ respondents: 100, satisfiedVillageOrg: 101, satisfiedPairing: 100 })).toEqual(["satisfiedVillageOrg"]);
    expect(surveyCountProblems({ respondents: 0, satisfiedVillageOrg: 1, satisfiedPairing: 1 })).toEqual(["satisfiedVillageOrg", "satisfiedPairing"]);
  });

  it("read a round as a real month and compare rounds in percentage points", () => {
    expect(parseSurveyRound("2011-07")).toBe("2011-07");
    for (const bad of ["2011-13", "2011-7", "2011-07-01", "", undefined, 201107]) expect(parseSurveyRound(bad)).toBeUndefined();
    expect(rateChange(97.63, 95.01)).toBe(2.62);
    expect(rateChange(97.63, null)).toBeNull();
  });
});
