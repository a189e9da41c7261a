// 年度考核 on a small campaign whose scores were worked out by hand: what counts for a year, the
// weights and thresholds, adjustments with their reason, ranks, freezing and what would differ now,
// and who may do each.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ASSESSMENT_SETTINGS, settingsToRow } from "@/domain/assessment";
import { adjustScoreAction, freezeYearAction, unfreezeYearAction, updateAssessmentSettingsAction } from "@/features/assessments/mutations";
import { computeResults, loadAssessmentSettings, loadYearView, type YearResults } from "@/features/assessments/results";
import type { Db } from "@/server/db-client";
import { at, day, endPairing, makeActivity, makeInspection, makePairing, makePledge, makeSurvey, makeTownship, makeUnit, makeUser, makeVillage, makeVisit, runAs, runOk } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

let db: Db;
let ids: Record<string, number>;
/** The campaign the pairings are in (铁力市's, made with the first pairing). */
let c: number;
let users: Record<"admin" | "leader" | "liaison", { id: number; role: "ADMIN" | "LEADER" | "LIAISON"; sessionVersion: number }>;

const FORBIDDEN = "您没有权限进行此操作。";

beforeAll(async () => {
  db = await createTestDb();
  const t = await makeTownship(db, "考核镇");
  const [u1, u2] = [await makeUnit(db, { name: "市甲局" }), await makeUnit(db, { name: "市乙局" })];
  const [v1, v2, v3] = [await makeVillage(db, t.id, "一村"), await makeVillage(db, t.id, "二村"), await makeVillage(db, t.id, "三村")];
  const p1 = await makePairing(db, u1.id, v1.id);
  const p2 = await makePairing(db, u2.id, v2.id);
  await makePairing(db, u1.id, v3.id, day("2011-07-01"));
  // Ended before 2011: not part of 2011's assessment at all.
  const p4 = await makePairing(db, u2.id, v3.id);
  await endPairing(db, p4.id, "2010-12-31");

  // P1 (市甲局 — 一村): six verified activities in three areas in 2011; one awaiting review and one of 2010 do not count.
  for (const area of ["ORG_LIFE", "ORG_LIFE", "ORG_LIFE", "MASS_SERVICE", "MASS_SERVICE", "DEVELOPMENT"] as const) {
    await makeActivity(db, { pairingId: p1.id, status: "VERIFIED", area, day: "2011-04-10" });
  }
  await makeActivity(db, { pairingId: p1.id, status: "SUBMITTED", area: "CARRIER", day: "2011-05-10" });
  await makeActivity(db, { pairingId: p1.id, status: "VERIFIED", area: "RESOURCE_SHARE", day: "2010-12-31" });
  // Four pledges due in 2011: two fulfilled on their due day, one a day late, one still open.
  await makePledge(db, { pairingId: p1.id, status: "FULFILLED", due: "2011-03-31" });
  await makePledge(db, { pairingId: p1.id, status: "FULFILLED", due: "2011-06-30" });
  const late = await makePledge(db, { pairingId: p1.id, status: "FULFILLED", due: "2011-05-31" });
  await db.$transaction((tx) => tx.pledge.update({ where: { id: late.id }, data: { fulfilledAt: at("2011-06-01") } }));
  await makePledge(db, { pairingId: p1.id, status: "IN_PROGRESS", due: "2011-08-31" });
  // Two rectification items due in 2011: one closed on its due day, one still open.
  const inspection = await makeInspection(db, [p1.id], {
    rectifications: [
      { pairingId: p1.id, status: "CLOSED", due: "2011-05-20" },
      { pairingId: p1.id, status: "OPEN", due: "2011-06-20" },
    ],
  });
  const closed = inspection.rectifications.find((r) => r.status === "CLOSED")!;
  await db.$transaction((tx) => tx.rectification.update({ where: { id: closed.id }, data: { closedAt: at("2011-05-20", "17:00") } }));
  await makeVisit(db, p1.id, "2011-05-05");
  await makeVisit(db, p1.id, "2010-09-05"); // 2010: not counted for 2011
  await makeSurvey(db, { villageId: v1.id, respondents: 50, satisfiedVillageOrg: 45, satisfiedPairing: 48 });

  // P2 (市乙局 — 二村): two verified activities in one area, nothing else.
  await makeActivity(db, { pairingId: p2.id, status: "VERIFIED", area: "ORG_LIFE", day: "2011-03-01" });
  await makeActivity(db, { pairingId: p2.id, status: "VERIFIED", area: "ORG_LIFE", day: "2011-09-01" });

  // P3 (市甲局 — 三村, from July): no activity; 三村's survey.
  await makeSurvey(db, { villageId: v3.id, respondents: 50, satisfiedVillageOrg: 40, satisfiedPairing: 50 });

  c = p1.campaignId;
  ids = { u1: u1.id, u2: u2.id, v1: v1.id, v2: v2.id, v3: v3.id, p2: p2.id };
  users = {
    admin: await makeUser(db, "ADMIN"),
    leader: await makeUser(db, "LEADER"),
    liaison: await makeUser(db, "LIAISON", { unitId: u1.id }),
  } as typeof users;
});
afterAll(async () => db.$disconnect());

const byId = (results: YearResults, subject: "unit" | "village", id: number) => (subject === "unit" ? results.units : results.villages).find((r) => r.id === id)!;
const pointsOf = (results: YearResults, subject: "unit" | "village", id: number) =>
  Object.fromEntries(byId(results, subject, id).parts.map((p) => [p.part, p.points]));

describe("a year's scores, worked out by hand", () => {
  it("scores a unit from all its pairings in effect during the year", async () => {
    const results = await computeResults(db, c, 2011, DEFAULT_ASSESSMENT_SETTINGS);
    // 市甲局: two pairings (一村, and 三村 from July). Areas 3/6 × 25 = 12.5; activities 6 of 24 × 25 = 6.25;
    // pledges 2/4 × 20 = 10; satisfaction with the co-building (48 + 50)/(50 + 50) × 15 = 14.7;
    // rectifications 1/2 × 10 = 5; visits 1 of 2 × 5 = 2.5 → 50.95, 较差.
    expect(byId(results, "unit", ids.u1)).toMatchObject({
      measures: { pairings: 2, areasCovered: 3, verifiedActivities: 6, pledgesDue: 4, pledgesOnTime: 2, surveyRespondents: 100, surveySatisfied: 98, rectificationsDue: 2, rectificationsOnTime: 1, visits: 1 },
      computed: 50.95,
      final: 50.95,
      grade: "POOR",
      rank: 1,
    });
    expect(pointsOf(results, "unit", ids.u1)).toEqual({ coverage: 12.5, activities: 6.25, pledges: 10, satisfaction: 14.7, rectifications: 5, visits: 2.5 });
    // 市乙局: one pairing in effect (the one with 三村 ended in 2010). Only coverage, activities and
    // visits apply (25 + 25 + 5 = 55): 100×25×(1/6)/55 + 100×25×(2/12)/55 = 15.1515… → 15.15.
    expect(byId(results, "unit", ids.u2)).toMatchObject({ measures: { pairings: 1, areasCovered: 1, verifiedActivities: 2 }, computed: 15.15, rank: 2 });
  });

  it("judges a village on satisfaction with its own party organization", async () => {
    const results = await computeResults(db, c, 2011, DEFAULT_ASSESSMENT_SETTINGS);
    // 一村: 12.5 + 6/12 × 25 + 10 + 45/50 × 15 + 5 + 1/1 × 5 = 12.5 + 12.5 + 10 + 13.5 + 5 + 5 = 58.5.
    expect(byId(results, "village", ids.v1)).toMatchObject({ computed: 58.5, grade: "POOR", rank: 1 });
    // 三村: no activity, 40/50 satisfied; coverage, activities, satisfaction and visits apply (70): 100×15×0.8/70 = 17.14.
    expect(byId(results, "village", ids.v3)).toMatchObject({ computed: 17.14, rank: 2 });
    expect(byId(results, "village", ids.v2)).toMatchObject({ computed: 15.15, rank: 3 });
  });

  it("measures 2010 apart: only what is dated in that year", async () => {
    const results = await computeResults(db, c, 2010, DEFAULT_ASSESSMENT_SETTINGS);
    // 市甲局 in 2010: one pairing (三村 came in 2011), one verified activity (RESOURCE_SHARE), one visit.
    expect(byId(results, "unit", ids.u1).measures).toMatchObject({ pairings: 1, areasCovered: 1, verifiedActivities: 1, pledgesDue: 0, visits: 1 });
    // 市乙局 in 2010: both its pairings were in effect.
    expect(byId(results, "unit", ids.u2).measures.pairings).toBe(2);
  });
});

describe("the settings", () => {
  const row = settingsToRow(DEFAULT_ASSESSMENT_SETTINGS);

  it("are the documented defaults until the department changes them, and only ADMIN may", async () => {
    expect(await loadAssessmentSettings(db, c)).toEqual(DEFAULT_ASSESSMENT_SETTINGS);
    for (const who of [users.leader, users.liaison]) {
      expect(await runAs(db, who, updateAssessmentSettingsAction, { campaignId: String(c), ...row, weightCoverage: 100 })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await db.assessmentSettings.count()).toBe(0);
  });

  it("refuse weights that do not add up to 100, next to the field, and save nothing", async () => {
    expect(await runAs(db, users.admin, updateAssessmentSettingsAction, { campaignId: String(c), ...row, weightVisits: "15" })).toMatchObject({
      ok: false,
      fieldErrors: { weightCoverage: "六项权重合计须为 100。" },
    });
    expect(await db.assessmentSettings.count()).toBe(0);
  });

  it("change every unfrozen year's scores at once, audited", async () => {
    // Everything on coverage: 市甲局 covered 3 of 6 areas → 50.
    await runOk(db, users.admin, updateAssessmentSettingsAction, { campaignId: String(c), ...row, weightCoverage: "100", weightActivities: "0", weightPledges: "0", weightSatisfaction: "0", weightRectifications: "0", weightVisits: "0" });
    const view = await loadYearView(db, c, 2011);
    expect(byId(view.results, "unit", ids.u1).computed).toBe(50);
    expect(await db.auditEntry.count({ where: { action: "assessment.settings" } })).toBe(1);
    await runOk(db, users.admin, updateAssessmentSettingsAction, { campaignId: String(c), ...row });
    expect(byId((await loadYearView(db, c, 2011)).results, "unit", ids.u1).computed).toBe(50.95);
  });
});

describe("adjusting a score", () => {
  const adjust = (extra: Record<string, unknown> = {}) => ({ campaignId: String(c), year: "2011", subject: "unit", id: String(ids.u2), adjustment: "5", reason: "承办全市现场会", ...extra });

  it("needs a reason and a value within ±20, shown next to the field", async () => {
    expect(await runAs(db, users.admin, adjustScoreAction, adjust({ reason: "  " }))).toMatchObject({ ok: false, fieldErrors: { reason: "此项为必填项。" } });
    expect(await runAs(db, users.admin, adjustScoreAction, adjust({ adjustment: "25" }))).toMatchObject({ ok: false, fieldErrors: { adjustment: "加减分须在 -20 到 20 分之间。" } });
    expect(await runAs(db, users.admin, adjustScoreAction, adjust({ adjustment: "abc" }))).toMatchObject({ ok: false, fieldErrors: { adjustment: "请输入数字。" } });
    expect(await db.assessment.count()).toBe(0);
  });

  it("is refused to leaders and liaisons, and nothing is written", async () => {
    for (const who of [users.leader, users.liaison]) expect(await runAs(db, who, adjustScoreAction, adjust())).toMatchObject({ ok: false, error: FORBIDDEN });
    expect(await db.assessment.count()).toBe(0);
  });

  it("adds to the computed score, keeps the reason, re-ranks and is audited", async () => {
    await runOk(db, users.admin, adjustScoreAction, adjust());
    const results = (await loadYearView(db, c, 2011)).results;
    expect(byId(results, "unit", ids.u2)).toMatchObject({ computed: 15.15, adjustment: 5, adjustmentReason: "承办全市现场会", final: 20.15, rank: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "assessment.adjust" } });
    expect(JSON.parse(entry.after!)).toMatchObject({ adjustment: 5, adjustmentReason: "承办全市现场会" });
    // A village raised above the others takes rank 1 and pushes 一村 down.
    await runOk(db, users.admin, adjustScoreAction, adjust({ subject: "village", id: String(ids.v2), adjustment: "20", reason: "村级组织建设示范点" }));
    const villages = (await loadYearView(db, c, 2011)).results.villages.map((v) => [v.id, v.final, v.rank]);
    expect(villages).toEqual([[ids.v1, 58.5, 1], [ids.v2, 35.15, 2], [ids.v3, 17.14, 3]]);
  });

  it("refuses a unit that does not exist", async () => {
    expect(await runAs(db, users.admin, adjustScoreAction, adjust({ id: "999999" }))).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
  });
});

describe("freezing a year", () => {
  it("is refused to leaders, and nothing is stored", async () => {
    expect(await runAs(db, users.leader, freezeYearAction, { campaignId: String(c), year: "2011" })).toMatchObject({ ok: false, error: FORBIDDEN });
    expect(await db.assessmentYear.count()).toBe(0);
  });

  it("stores the results, which then stay when the data is corrected; what differs now is shown", async () => {
    await runOk(db, users.admin, freezeYearAction, { campaignId: String(c), year: "2011" });
    expect(await db.assessment.count({ where: { year: 2011, measures: { not: null } } })).toBe(5);
    // A late correction: 市乙局 gets a verified activity in a second area of 2011.
    await makeActivity(db, { pairingId: ids.p2, status: "VERIFIED", area: "MASS_SERVICE", day: "2011-10-01" });
    // And the department changes the weights: a frozen year keeps its own.
    await runOk(db, users.admin, updateAssessmentSettingsAction, { campaignId: String(c), ...settingsToRow(DEFAULT_ASSESSMENT_SETTINGS), weightCoverage: "30", weightVisits: "0" });

    const view = await loadYearView(db, c, 2011);
    expect(view.frozen).toMatchObject({ settings: DEFAULT_ASSESSMENT_SETTINGS });
    expect(byId(view.results, "unit", ids.u2)).toMatchObject({ computed: 15.15, final: 20.15, grade: "POOR", rank: 2, measures: { verifiedActivities: 2, areasCovered: 1 } });
    // Now, with the frozen settings: 100×25×(2/6)/55 + 100×25×(3/12)/55 = 15.1515… + 11.3636… = 26.52 → final 31.52.
    expect(byId(view.now!, "unit", ids.u2)).toMatchObject({ computed: 26.52, final: 31.52, measures: { verifiedActivities: 3, areasCovered: 2 } });
    expect(byId(view.now!, "unit", ids.u1).final).toBe(byId(view.results, "unit", ids.u1).final);
    const frozen = await db.assessmentYear.findFirstOrThrow({ where: { campaignId: c, year: 2011 } });
    expect(await db.auditEntry.count({ where: { action: "assessment.freeze", entityId: String(frozen.id) } })).toBe(1);
  });

  it("refuses adjustments and a second freeze of a frozen year", async () => {
    expect(await runAs(db, users.admin, adjustScoreAction, { campaignId: String(c), year: "2011", subject: "unit", id: String(ids.u1), adjustment: "3", reason: "补记" })).toMatchObject({
      ok: false,
      error: "2011年度考核结果已冻结，不能再修改。",
    });
    expect(await runAs(db, users.admin, freezeYearAction, { campaignId: String(c), year: "2011" })).toMatchObject({ ok: false, error: "2011年度考核结果已冻结，不能再修改。" });
    expect((await db.assessment.findFirstOrThrow({ where: { year: 2011, unitId: ids.u1 } })).adjustment).toBe(0);
  });

  it("refuses a year without any pairing in effect", async () => {
    expect(await runAs(db, users.admin, freezeYearAction, { campaignId: String(c), year: "2005" })).toMatchObject({ ok: false, error: "2005年度没有在结对期内的单位或行政村，无需冻结。" });
  });

  it("once unfrozen, follows the data and the current settings again, keeping adjustments", async () => {
    expect(await runAs(db, users.liaison, unfreezeYearAction, { campaignId: String(c), year: "2011" })).toMatchObject({ ok: false, error: FORBIDDEN });
    await runOk(db, users.admin, unfreezeYearAction, { campaignId: String(c), year: "2011" });
    const view = await loadYearView(db, c, 2011);
    expect(view.frozen).toBeNull();
    // Current settings: coverage 30, activities 25, visits 0 → applicable 55: 100×30×(2/6)/55 + 100×25×(3/12)/55 = 18.18 + 11.36 = 29.55.
    expect(byId(view.results, "unit", ids.u2)).toMatchObject({ computed: 29.55, adjustment: 5, final: 34.55 });
  });
});
