// The dashboard's figures on a small hand-built campaign whose expected values were worked out by
// hand: period edges (Shanghai midnight), partial months, the township filter, viewers' scopes, and
// pending, draft and returned work that must never reach an official figure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { activityMatrix } from "@/features/dashboard/queries/activity-matrix";
import { verifiedByArea } from "@/features/dashboard/queries/area-counts";
import { bestAndLagging, countByTownship, subjectTotals } from "@/features/dashboard/queries/breakdowns";
import { campaignPeriod } from "@/features/dashboard/queries/default-period";
import { headline } from "@/features/dashboard/queries/headline";
import { outcomeTable } from "@/features/dashboard/queries/outcomes";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { reportingRate } from "@/features/dashboard/queries/reporting";
import { satisfactionByVillage } from "@/features/dashboard/queries/surveys";
import { pledgesPerMonth, verifiedPerMonth } from "@/features/dashboard/queries/trends";
import { dayFormatFor } from "@/features/dashboard/day-format";
import { healthTable } from "@/features/dashboard/tables/health-table";
import { translatorFor } from "@/i18n/translator";
import { formatRate } from "@/domain/format";
import { createTestDb } from "../helpers/test-db";

import { at, endPairing, makeActivity, makeIndicator, makeInspection, makePairing, makePledge, makeSurvey, makeTownship, makeUnit, makeVillage, makeVisit } from "../helpers/factories";
import { filterFor } from "../helpers/dashboard-filter";

let db: Db;
const ids = {} as Record<"A" | "B" | "U1" | "U2" | "U3" | "VA1" | "VA2" | "VB1" | "P1" | "P2" | "P3" | "P4" | "households" | "funds" | "deeds", number>;
const SUMMER = { from: "2010-06-01", to: "2010-08-31" };
const leader = { role: "LEADER" as const };

beforeAll(async () => {
  db = await createTestDb();
  ids.A = (await makeTownship(db, "甲镇")).id;
  ids.B = (await makeTownship(db, "乙镇")).id;
  ids.U1 = (await makeUnit(db, { name: "一局" })).id;
  ids.U2 = (await makeUnit(db, { name: "二局" })).id;
  ids.U3 = (await makeUnit(db, { name: "三局" })).id;
  ids.VA1 = (await makeVillage(db, ids.A, "甲一村")).id;
  ids.VA2 = (await makeVillage(db, ids.A, "甲二村")).id;
  ids.VB1 = (await makeVillage(db, ids.B, "乙一村")).id;
  ids.P1 = (await makePairing(db, ids.U1, ids.VA1)).id;
  ids.P2 = (await makePairing(db, ids.U2, ids.VA2)).id;
  ids.P3 = (await makePairing(db, ids.U3, ids.VB1)).id;
  ids.P4 = (await makePairing(db, ids.U1, ids.VB1)).id;
  await endPairing(db, ids.P4, "2010-06-30");

  ids.households = (await makeIndicator(db, { group: "RELATIONS" })).id;
  ids.funds = (await makeIndicator(db, { group: "DEVELOPMENT", isMoney: true })).id;
  ids.deeds = (await makeIndicator(db, { group: "SUPERVISION" })).id;
  const { households: h, funds: f, deeds: d } = ids;

  await makeActivity(db, { pairingId: ids.P1, day: "2010-06-01", area: "ORG_LIFE", values: { [h]: 5, [f]: 10_000 }, confirmation: "CONFIRMED", status: "VERIFIED" });
  await makeActivity(db, { pairingId: ids.P1, day: "2010-06-30", area: "MASS_SERVICE", values: { [h]: 3 }, status: "VERIFIED" });
  await makeActivity(db, { pairingId: ids.P2, day: "2010-07-15", area: "DEVELOPMENT", values: { [f]: 30_000 }, status: "VERIFIED" });
  // Submitted half an hour into August (Shanghai time), i.e. still 31 July in UTC.
  await makeActivity(db, { pairingId: ids.P3, day: "2010-07-31", area: "CARRIER", values: { [h]: 7, [d]: 2 }, submittedAt: at("2010-08-01", "00:30"), status: "VERIFIED" });
  await makeActivity(db, { pairingId: ids.P3, day: "2010-08-01", area: "ORG_LIFE", values: { [h]: 11 }, confirmation: "CONFIRMED", submittedAt: at("2010-08-02"), status: "VERIFIED" });
  await makeActivity(db, { pairingId: ids.P2, day: "2010-08-15", area: "MASS_SERVICE", status: "SUBMITTED", values: { [h]: 100 }, submittedAt: at("2010-08-16") });
  await makeActivity(db, { pairingId: ids.P1, day: "2010-08-20", status: "DRAFT", values: { [h]: 1000 } });
  await makeActivity(db, { pairingId: ids.P4, day: "2010-06-20", status: "RETURNED", values: { [h]: 50 }, submittedAt: at("2010-06-21") });

  await makePledge(db, { pairingId: ids.P1, due: "2010-07-01", status: "FULFILLED" });
  await makePledge(db, { pairingId: ids.P1, due: "2010-09-05", status: "PROMISED" });
  await makePledge(db, { pairingId: ids.P2, due: "2010-08-31", status: "FULFILLED" });
  await makePledge(db, { pairingId: ids.P3, due: "2010-06-01", status: "IN_PROGRESS" });

  await makeVisit(db, ids.P1, "2010-06-10");
  await makeVisit(db, ids.P3, "2010-08-31");
  await makeVisit(db, ids.P3, "2010-09-01");

  await makeInspection(db, [ids.P1, ids.P3], { day: "2010-07-20", rectifications: [{ pairingId: ids.P1, status: "OPEN" }, { pairingId: ids.P3, status: "CLOSED" }] });
  await makeInspection(db, [ids.P2], { day: "2010-08-05", rectifications: [{ pairingId: ids.P2, status: "IN_PROGRESS" }] });
  await makeInspection(db, [ids.P3], { day: "2010-09-20", rectifications: [{ pairingId: ids.P3, status: "OPEN" }] });

  await makeSurvey(db, { villageId: ids.VA1, round: "2010-06", day: "2010-06-20", respondents: 100, satisfiedVillageOrg: 90, satisfiedPairing: 95 });
  await makeSurvey(db, { villageId: ids.VA1, round: "2010-08", day: "2010-08-10", respondents: 50, satisfiedVillageOrg: 49, satisfiedPairing: 48 });
  await makeSurvey(db, { villageId: ids.VA2, round: "2010-08", day: "2010-08-12", respondents: 150, satisfiedVillageOrg: 140, satisfiedPairing: 147 });
  await makeSurvey(db, { villageId: ids.VB1, round: "2010-08", day: "2010-08-25", respondents: 200, satisfiedVillageOrg: 190, satisfiedPairing: 199 });
});
afterAll(async () => db.$disconnect());

async function indicatorTotalsOf(filter: ReturnType<typeof filterFor>) {
  const table = await outcomeTable(db, filter);
  const all = table.groups.flatMap((g) => g.indicators);
  const total = (id: number) => all.find((i) => i.id === id)?.total;
  return { households: total(ids.households), funds: total(ids.funds), deeds: total(ids.deeds), table };
}

describe("the outcome table", () => {
  it("sums only verified values over the whole summer, and shows the latest survey round", async () => {
    const { households, funds, deeds, table } = await indicatorTotalsOf(filterFor(leader, SUMMER));
    expect({ households, funds, deeds }).toEqual({ households: 26, funds: 40_000, deeds: 2 });
    expect(table.pledges).toEqual({ total: 3, fulfilled: 2 });
    expect(table.leaderVisits).toBe(2);
    expect(table.inspections).toBe(2);
    expect(table.survey).toEqual({ round: "2010-08", respondents: 400, satisfiedVillageOrg: 379, satisfiedPairing: 394 });
    expect(formatRate(379, 400)).toBe("94.75%");
    expect(formatRate(394, 400)).toBe("98.50%");
    expect(table.groups.map((g) => [g.group, g.indicators.map((i) => i.id)])).toEqual([
      ["ORGANIZATION", []],
      ["RELATIONS", [ids.households]],
      ["DEVELOPMENT", [ids.funds]],
      ["SUPERVISION", [ids.deeds]],
    ]);
  });

  it("cuts partial months at Shanghai midnight (15 June – 31 July)", async () => {
    const { households, funds, deeds, table } = await indicatorTotalsOf(filterFor(leader, { from: "2010-06-15", to: "2010-07-31" }));
    expect({ households, funds, deeds }).toEqual({ households: 10, funds: 30_000, deeds: 2 });
    expect(table.pledges).toEqual({ total: 1, fulfilled: 1 });
    expect(table.leaderVisits).toBe(0);
    expect(table.inspections).toBe(1);
    expect(table.survey).toEqual({ round: "2010-06", respondents: 100, satisfiedVillageOrg: 90, satisfiedPairing: 95 });
  });

  it("mixes a whole month from the rollup with a partial one (1 July – 15 August)", async () => {
    const { households, funds } = await indicatorTotalsOf(filterFor(leader, { from: "2010-07-01", to: "2010-08-15" }));
    expect({ households, funds }).toEqual({ households: 18, funds: 30_000 });
  });

  it("a single day counts what happened that day", async () => {
    const { households, funds, table } = await indicatorTotalsOf(filterFor(leader, { from: "2010-08-01", to: "2010-08-01" }));
    expect({ households, funds }).toEqual({ households: 11, funds: 0 });
    expect(table.survey).toBeNull();
  });

  it("filters by township", async () => {
    const a = await indicatorTotalsOf(filterFor(leader, SUMMER, ids.A));
    expect({ households: a.households, funds: a.funds, deeds: a.deeds }).toEqual({ households: 8, funds: 40_000, deeds: 0 });
    expect(a.table.pledges).toEqual({ total: 2, fulfilled: 2 });
    expect(a.table.leaderVisits).toBe(1);
    expect(a.table.inspections).toBe(2);
    expect(a.table.survey).toEqual({ round: "2010-08", respondents: 200, satisfiedVillageOrg: 189, satisfiedPairing: 195 });

    const b = await indicatorTotalsOf(filterFor(leader, SUMMER, ids.B));
    expect({ households: b.households, funds: b.funds, deeds: b.deeds }).toEqual({ households: 18, funds: 0, deeds: 2 });
    expect(b.table.pledges).toEqual({ total: 1, fulfilled: 0 });
    expect(b.table.inspections).toBe(1);
  });

  it("scopes a liaison to the unit's pairings and a village to its own", async () => {
    const liaison = await indicatorTotalsOf(filterFor({ role: "LIAISON", unitId: ids.U1 }, SUMMER));
    expect({ households: liaison.households, funds: liaison.funds }).toEqual({ households: 8, funds: 10_000 });
    expect(liaison.table.pledges).toEqual({ total: 1, fulfilled: 1 });
    expect(liaison.table.survey).toEqual({ round: "2010-08", respondents: 250, satisfiedVillageOrg: 239, satisfiedPairing: 247 });

    const village = await indicatorTotalsOf(filterFor({ role: "VILLAGE", villageId: ids.VB1 }, SUMMER));
    expect({ households: village.households, deeds: village.deeds }).toEqual({ households: 18, deeds: 2 });
    expect(village.table.survey).toEqual({ round: "2010-08", respondents: 200, satisfiedVillageOrg: 190, satisfiedPairing: 199 });
  });
});

describe("the cards", () => {
  it("count pairings in effect, verified, pending apart, confirmed, pledges and open rectifications", async () => {
    expect(await headline(db, filterFor(leader, SUMMER))).toEqual({
      pairingsInEffect: 4,
      verified: 5,
      pending: 1,
      confirmed: 2,
      pledges: 3,
      pledgesFulfilled: 2,
      openRectifications: 2,
    });
    // The pairing that ended on 30 June is not in effect in July and August.
    expect(await headline(db, filterFor(leader, { from: "2010-07-01", to: "2010-08-31" }))).toMatchObject({ pairingsInEffect: 3, verified: 3, confirmed: 1 });
    expect(await headline(db, filterFor(leader, SUMMER, ids.B))).toMatchObject({ pairingsInEffect: 2, verified: 2, pending: 0, openRectifications: 0 });
  });
});

describe("breakdowns", () => {
  it("per month, per area, per township and per unit", async () => {
    const filter = filterFor(leader, SUMMER);
    expect((await verifiedPerMonth(db, filter)).map((m) => [m.month, m.count])).toEqual([["2010-06", 2], ["2010-07", 2], ["2010-08", 1]]);
    const matrix = await activityMatrix(db, filter);
    expect((await verifiedByArea(db, filter)).filter((a) => a.count > 0)).toEqual([
      { area: "ORG_LIFE", count: 2 },
      { area: "CARRIER", count: 1 },
      { area: "MASS_SERVICE", count: 1 },
      { area: "DEVELOPMENT", count: 1 },
    ]);
    expect(countByTownship(matrix)).toEqual([
      { townshipId: ids.A, townshipName: "甲镇", count: 3 },
      { townshipId: ids.B, townshipName: "乙镇", count: 2 },
    ]);
    const units = subjectTotals(matrix, "unit");
    expect(units.find((u) => u.id === ids.U1)).toMatchObject({ activities: 2, coverage: 2, pairings: 2 });
    const { best, lagging } = bestAndLagging(units, "activities", 1);
    expect(best.map((u) => u.name)).toEqual(["一局"]);
    expect(lagging.map((u) => u.name)).toEqual(["二局"]);
  });

  it("pledges per month of their due date, with running totals", async () => {
    const months = await pledgesPerMonth(db, filterFor(leader, SUMMER));
    expect(months.map((m) => [m.month, m.due, m.fulfilled, m.cumulativeDue, m.cumulativeFulfilled])).toEqual([
      ["2010-06", 1, 0, 1, 0],
      ["2010-07", 1, 1, 2, 1],
      ["2010-08", 1, 1, 3, 2],
    ]);
  });

  it("satisfaction per village in the latest round, lowest first", async () => {
    const rows = await satisfactionByVillage(db, filterFor(leader, SUMMER), "2010-08");
    expect(rows.map((r) => [r.villageName, r.satisfiedPairing, r.respondents])).toEqual([
      ["甲一村", 48, 50],
      ["甲二村", 147, 150],
      ["乙一村", 199, 200],
    ]);
  });
});

describe("pair health", () => {
  it("puts the longest-idle pairings first and flags 60 days as dormant", async () => {
    const rows = await pairHealth(db, filterFor(leader, SUMMER), "2026-01-01");
    expect(rows.map((r) => [r.pairingId, r.daysSince, r.dormant, r.lastEver])).toEqual([
      [ids.P4, 91, true, null],
      [ids.P1, 62, true, "2010-06-30"],
      [ids.P2, 47, false, "2010-07-15"],
      [ids.P3, 30, false, "2010-08-01"],
    ]);
    expect(rows.find((r) => r.pairingId === ids.P1)?.areas.MASS_SERVICE).toEqual({ count: 1, last: "2010-06-30" });
  });

  it("is drawn as a table whose every count opens its activities, dormant pairings marked", async () => {
    const filter = filterFor(leader, SUMMER);
    const table = healthTable(await pairHealth(db, filter, "2026-01-01"), filter, { locale: "zh-CN", t: translatorFor("zh-CN"), f: dayFormatFor("zh-CN") });
    expect(table.head).toEqual(["对子（单位 — 村）", "组织生活联过", "党员队伍联建", "活动载体联创", "服务群众联做", "党建资源联享", "城乡发展联促", "合计", "最近活动", "距今"]);
    const p1 = table.rows.find((r) => r.key === String(ids.P1))!;
    expect(p1).toMatchObject({ testId: "health-row", highlight: true });
    expect(p1.cells[0]).toEqual({ text: "一局 — 甲一村", href: `/pairings/${ids.P1}`, note: "甲镇" });
    // MASS_SERVICE (the fourth area): one activity, its day, and the link to exactly it.
    expect(p1.cells[4]).toEqual({ text: "1", note: "2010/6/30", href: `/dashboard/sources/activities?from=2010-06-01&to=2010-08-31&pairing=${ids.P1}&area=MASS_SERVICE&campaign=all` });
    expect(p1.cells.at(-1)).toEqual({ text: "62 天", badge: "沉寂" });
    // P4 never worked: every area a bare 0 read out as "no activity".
    const p4 = table.rows.find((r) => r.key === String(ids.P4))!;
    expect(p4.cells.slice(1, 7)).toEqual(Array(6).fill({ text: "0", label: "无活动", muted: true }));
    expect(p4.cells.at(-2)).toEqual({ text: "从未开展" });
    const p3 = table.rows.find((r) => r.key === String(ids.P3))!;
    expect([p3.highlight, p3.cells.at(-1)?.text, p3.cells.at(-1)?.badge]).toEqual([false, "30 天", undefined]);
  });

  it("looks before the period for pairings silent in it, and stops counting at today", async () => {
    const august = await pairHealth(db, filterFor(leader, { from: "2010-08-01", to: "2010-08-31" }), "2026-01-01");
    expect(august.map((r) => [r.pairingId, r.total, r.lastEver, r.daysSince])).toEqual([
      [ids.P1, 0, "2010-06-30", 62],
      [ids.P2, 0, "2010-07-15", 47],
      [ids.P3, 1, "2010-08-01", 30],
    ]);
    const early = await pairHealth(db, filterFor(leader, SUMMER), "2010-07-20");
    expect(early.find((r) => r.pairingId === ids.P1)?.daysSince).toBe(20);
  });
});

describe("reporting rate", () => {
  it("counts pairings that filed anything but a draft in the month, by Shanghai time", async () => {
    const august = await reportingRate(db, filterFor(leader, SUMMER), "2010-08");
    expect(august.pairings.length).toBe(3);
    expect(august.reported).toBe(2);
    expect(august.pairings.filter((p) => p.filed === 0).map((p) => p.unitName)).toEqual(["一局"]);
    // The returned entry of June counts as filed.
    const june = await reportingRate(db, filterFor(leader, SUMMER), "2010-06");
    expect(june.pairings.filter((p) => p.filed > 0).map((p) => p.pairingId).sort()).toEqual([ids.P1, ids.P4].sort());
    expect((await reportingRate(db, filterFor(leader, SUMMER, ids.B), "2010-08")).reported).toBe(1);
  });
});

describe("the default period", () => {
  it("runs from the month of the earliest to the month of the latest reported activity", async () => {
    expect(await campaignPeriod(db, { scope: {} }, "2026-01-01")).toEqual({ from: "2010-06-01", to: "2010-08-31" });
  });
});
