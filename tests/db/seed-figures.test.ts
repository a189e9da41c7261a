// The demo data set reproduces the source report: every figure is recomputed here from the
// seeded records themselves (activities, pledges, visits, inspections, surveys).
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { addDays, fromShanghaiDay, shanghaiMonth } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { type AggregateState, applyActivityChange } from "@/server/aggregates";
import { FIRST_CAMPAIGN as DEMO_CAMPAIGN, JIAYIN_CAMPAIGN } from "../../prisma/seed/data/campaigns";
import { seedDemo } from "../../prisma/seed/demo";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import * as SOURCE from "../../prisma/seed/source-figures";
import { rawAggregates, storedAggregates } from "../helpers/aggregates";
import { createTestDb } from "../helpers/test-db";

// DOMAIN.md §4, copied by hand so a typo in source-figures.ts cannot hide itself.
const REPORT = {
  systems_established: 11,
  joint_meeting_mechanisms: 76,
  joint_democratic_meetings: 76,
  party_org_activities: 66,
  assistance_pairs: 144,
  new_activists: 142,
  poor_households_visited: 201,
  condolence_money: 40_200,
  problems_solved: 242,
  proxy_services: 127,
  project_funds_secured: 1_280_000,
  projects_introduced: 10,
  construction_funds: 826_000,
  agri_loans: 2_870_000,
  development_plans: 37,
  tech_to_village_events: 32,
  wealth_info_items: 350,
  labour_transferred: 1_560,
  training_bases: 16,
  cooperatives: 11,
  good_deeds: 986,
};

const FROM = fromShanghaiDay(DEMO_CAMPAIGN.start);
const UNTIL = addDays(fromShanghaiDay(DEMO_CAMPAIGN.end), 1); // exclusive: the whole last day counts
const IN_CAMPAIGN = { gte: FROM, lt: UNTIL };
// The report is 铁力市's: 嘉荫县's small campaign beside it (issue 16) is left out of every figure.
const TIELI = { unit: { region: { name: "铁力市" } } };

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  const result = await seedDemo(db);
  expect(result.seeded).toBe(true);
});

afterAll(async () => {
  await db?.$disconnect();
});

async function sumsByCode(where: { status?: "VERIFIED" }) {
  const values = await db.activityIndicatorValue.findMany({
    where: { activity: { ...where, date: IN_CAMPAIGN, pairing: TIELI } },
    select: { value: true, indicator: { select: { code: true } } },
  });
  const sums: Record<string, number> = {};
  for (const v of values) sums[v.indicator.code] = (sums[v.indicator.code] ?? 0) + v.value;
  return sums;
}

describe("demo data set: the source report's figures", () => {
  it("source-figures.ts holds the report's figures", () => {
    expect(SOURCE.INDICATOR_FIGURES).toEqual(REPORT);
  });

  it("every coded indicator's verified values within the campaign add up to the report", async () => {
    const codes = (await db.indicator.findMany({ select: { code: true } })).map((i) => i.code).sort();
    expect(codes).toEqual(Object.keys(REPORT).sort());
    expect(await sumsByCode({ status: "VERIFIED" })).toEqual(REPORT);
  });

  it("pending, draft and returned activities carry values but are left out", async () => {
    for (const status of ["SUBMITTED", "DRAFT", "RETURNED"] as const) {
      const withValues = await db.activity.count({ where: { status, values: { some: { value: { gt: 0 } } } } });
      expect(withValues, status).toBeGreaterThan(0);
    }
    const returned = await db.activity.findMany({ where: { status: "RETURNED" }, select: { returnReason: true } });
    expect(returned.every((a) => (a.returnReason ?? "").length > 0)).toBe(true);
    const all = await sumsByCode({});
    const inflated = Object.entries(REPORT).filter(([code, figure]) => (all[code] ?? 0) > figure);
    expect(inflated.length).toBeGreaterThan(0);
    // The agriculture bureau's liaison has something in the queue.
    const bureau = await db.pairing.findFirstOrThrow({ where: { unit: { name: "市农业局" } } });
    expect(await db.activity.count({ where: { pairingId: bureau.id, status: { not: "VERIFIED" } } })).toBeGreaterThanOrEqual(2);
  });

  it("231 pledges in the campaign, 182 fulfilled", async () => {
    expect(await db.pledge.count()).toBe(231);
    expect(await db.pledge.count({ where: { dueDate: IN_CAMPAIGN } })).toBe(SOURCE.PLEDGES_TOTAL);
    expect(await db.pledge.count({ where: { dueDate: IN_CAMPAIGN, status: "FULFILLED" } })).toBe(SOURCE.PLEDGES_FULFILLED);
    expect(await db.pledge.count({ where: { status: "FULFILLED", OR: [{ fulfilledAt: null }, { evidence: null }] } })).toBe(0);
    // Some unfulfilled pledges are overdue at the close, others fall due on its last day.
    const open = { status: { not: "FULFILLED" as const } };
    expect(await db.pledge.count({ where: { ...open, dueDate: { lt: fromShanghaiDay(DEMO_CAMPAIGN.end) } } })).toBeGreaterThan(0);
    expect(await db.pledge.count({ where: { ...open, dueDate: { gte: fromShanghaiDay(DEMO_CAMPAIGN.end) } } })).toBeGreaterThan(0);
  });

  it("38 leader visits and 16 inspections", async () => {
    expect(await db.leaderVisit.count({ where: { date: IN_CAMPAIGN } })).toBe(SOURCE.LEADER_VISITS);
    expect(await db.inspection.count({ where: { date: IN_CAMPAIGN } })).toBe(SOURCE.INSPECTIONS);
    expect(SOURCE.LEADER_VISITS).toBe(38);
    expect(SOURCE.INSPECTIONS).toBe(16);
    const visitsWithoutLeader = await db.leaderVisit.count({ where: { pairing: { contactLeaderName: "" } } });
    expect(visitsWithoutLeader).toBe(0);
  });

  it("the July 2011 survey gives 97.63% and 98.55%", async () => {
    const surveys = await db.survey.findMany({ where: { period: DEMO_CAMPAIGN.surveyPeriod } });
    expect(surveys).toHaveLength(76);
    const sum = (pick: (s: (typeof surveys)[number]) => number) => surveys.reduce((total, s) => total + pick(s), 0);
    const respondents = sum((s) => s.respondents);
    const rate = (satisfied: number) => ((satisfied / respondents) * 100).toFixed(2);
    expect(rate(sum((s) => s.satisfiedVillageOrg))).toBe("97.63");
    expect(rate(sum((s) => s.satisfiedPairing))).toBe("98.55");
    expect(SOURCE.SURVEY_VILLAGE_ORG_RATE).toBe("97.63");
    expect(SOURCE.SURVEY_PAIRING_RATE).toBe("98.55");
    for (const s of surveys) {
      expect(s.satisfiedVillageOrg).toBeLessThanOrEqual(s.respondents);
      expect(s.satisfiedPairing).toBeLessThanOrEqual(s.respondents);
      expect(shanghaiMonth(s.takenOn)).toBe("2011-07");
    }
  });
});

describe("demo data set: registers and accounts", () => {
  it("holds each county's campaign as data, in its region: 百局联百村 of 铁力市, 嘉荫县城乡结对共建 of 嘉荫县", async () => {
    const campaigns = await db.campaign.findMany({ orderBy: { startsOn: "asc" }, include: { region: true, _count: { select: { pairings: true } } } });
    expect(campaigns.map((c) => [c.name, c.region.name, c.startsOn, c.endsOn, c.surveyPeriod, c._count.pairings])).toEqual([
      [DEMO_CAMPAIGN.name, "铁力市", FROM, fromShanghaiDay(DEMO_CAMPAIGN.end), DEMO_CAMPAIGN.surveyPeriod, 76],
      [JIAYIN_CAMPAIGN.name, "嘉荫县", fromShanghaiDay(JIAYIN_CAMPAIGN.start), fromShanghaiDay(JIAYIN_CAMPAIGN.end), null, 3],
    ]);
    // Every pairing is in a campaign of its unit's region.
    const pairings = await db.pairing.findMany({ select: { unit: { select: { regionId: true } }, campaign: { select: { regionId: true } } } });
    expect(pairings.every((p) => p.unit.regionId === p.campaign.regionId)).toBe(true);
  });

  it("76 units, 76 villages, 76 active one-to-one pairings in 铁力市's campaign", async () => {
    expect(await db.unit.count({ where: { region: { name: "铁力市" } } })).toBe(76);
    expect(await db.village.count({ where: { township: { region: { name: "铁力市" } } } })).toBe(76);
    const first = await db.campaign.findFirstOrThrow({ where: { name: DEMO_CAMPAIGN.name } });
    const pairings = await db.pairing.findMany({ where: { status: "ACTIVE", ...TIELI, campaignId: first.id } });
    expect(pairings).toHaveLength(76);
    expect(new Set(pairings.map((p) => p.unitId)).size).toBe(76);
    expect(new Set(pairings.map((p) => p.villageId)).size).toBe(76);
    expect(pairings.every((p) => p.activeKey === `${p.unitId}:${p.villageId}`)).toBe(true);
  });

  it("满天红村 of 铁力镇 is paired with 市农业局, whose contact leader is the leader account", async () => {
    const pairing = await db.pairing.findFirstOrThrow({
      where: { village: { name: "满天红村", township: { name: "铁力镇" } }, campaign: { name: DEMO_CAMPAIGN.name } },
      include: { unit: true, contactLeader: true },
    });
    expect(pairing.unit.name).toBe("市农业局");
    expect(pairing.contactLeader?.username).toBe("leader");
    expect(await db.pairing.count({ where: { unit: { name: "市水务局" }, campaign: { name: DEMO_CAMPAIGN.name } } })).toBe(1);
  });

  it("the ten demo accounts exist with their roles, regions and the password demo1234", async () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(["admin", "leader", "liaison", "liaison2", "village", "jiayin", "yichun", "sysadmin", "secadmin", "auditor"]);
    const regions: Record<string, string | undefined> = { admin: "铁力市", leader: "铁力市", jiayin: "嘉荫县", yichun: "伊春市" };
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { username: account.username }, include: { region: true, unit: true, village: { include: { township: true } } } });
      expect(user.region?.name, account.username).toBe(regions[account.username]);
      expect(user.role).toBe(account.role);
      expect(user.active).toBe(true);
      expect(user.unit?.name).toBe(account.unit);
      expect(user.village ? { township: user.village.township.name, name: user.village.name } : undefined).toEqual(account.village);
      expect(await bcrypt.compare("demo1234", user.passwordHash)).toBe(true);
    }
  });
});

describe("demo data set: shape of the ledger", () => {
  it("every content area and every month of the campaign has verified activities", async () => {
    const verified = await db.activity.findMany({ where: { status: "VERIFIED", date: IN_CAMPAIGN, pairing: TIELI }, select: { area: true, date: true } });
    expect(new Set(verified.map((a) => a.area))).toEqual(new Set(CONTENT_AREAS));
    const months = new Set(verified.map((a) => shanghaiMonth(a.date)));
    const campaignMonths = [
      ...["06", "07", "08", "09", "10", "11", "12"].map((m) => `2010-${m}`),
      ...["01", "02", "03", "04", "05", "06", "07", "08"].map((m) => `2011-${m}`),
    ];
    expect([...months].sort()).toEqual(campaignMonths);
  });

  it("verified activities carry their workflow stamps", async () => {
    const missing = await db.activity.count({
      where: { status: "VERIFIED", OR: [{ verifiedAt: null }, { verifiedById: null }, { submittedAt: null }, { recordedById: null }] },
    });
    expect(missing).toBe(0);
    expect(await db.activity.count({ where: { status: "VERIFIED", confirmation: "DISPUTED", confirmationComment: null } })).toBe(0);
  });

  it("a few pairings are dormant for the last 60 days, the rest are not", async () => {
    const since = addDays(UNTIL, -60);
    const pairings = await db.pairing.findMany({ where: TIELI, select: { id: true, activities: { where: { status: "VERIFIED" }, select: { date: true } } } });
    const dormant = pairings.filter((p) => p.activities.every((a) => a.date < since));
    expect(dormant.length).toBeGreaterThanOrEqual(3);
    expect(dormant.length).toBeLessThanOrEqual(10);
    expect(pairings.every((p) => p.activities.length > 0)).toBe(true);
  });
});

describe("demo data set: aggregates and idempotence", () => {
  it("the aggregates equal the raw counts and sums of the seeded activities", async () => {
    expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
  });

  it("adding an activity to the aggregates and taking it away again leaves them as they were", async () => {
    const before = await storedAggregates(db);
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "good_deeds" } });
    const pairing = await db.pairing.findFirstOrThrow({ where: { unit: { name: "市农业局" } }, include: { village: true, unit: true } });
    // A month no row covers yet, so the rows are created and then removed again.
    const activity: AggregateState = {
      id: 0, pairingId: pairing.id, townshipId: pairing.village.townshipId, unitRegionId: pairing.unit.regionId, campaignId: pairing.campaignId,
      area: "ORG_LIFE", date: fromShanghaiDay("2012-03-05"), status: "VERIFIED", confirmation: "PENDING", disputeOpen: false,
      values: [{ indicatorId: indicator.id, value: 4 }],
    };
    await db.$transaction((tx) => applyActivityChange(tx, null, activity));
    const row = await db.valueAggregate.findFirstOrThrow({ where: { townshipId: pairing.village.townshipId, indicatorId: indicator.id, month: "2012-03" } });
    expect(row).toMatchObject({ total: 4, activityCount: 1 });
    await db.$transaction((tx) => applyActivityChange(tx, activity, null));
    expect(await storedAggregates(db)).toEqual(before);
  });

  it("running the seed again changes nothing", async () => {
    const counts = async () => ({
      units: await db.unit.count(),
      villages: await db.village.count(),
      pairings: await db.pairing.count(),
      users: await db.user.count(),
      activities: await db.activity.count(),
      values: await db.activityIndicatorValue.count(),
      pledges: await db.pledge.count(),
      visits: await db.leaderVisit.count(),
      inspections: await db.inspection.count(),
      surveys: await db.survey.count(),
      aggregates: await db.valueAggregate.count(),
      audit: await db.auditEntry.count(),
    });
    const before = await counts();
    expect(await seedDemo(db)).toEqual({ seeded: false, reason: "present" });
    expect(await counts()).toEqual(before);
  });
});

describe("demo data set: regions", () => {
  it("黑龙江省 → 伊春市 → 铁力市 and 嘉荫县, with 嘉荫县's own small campaign of verified work", async () => {
    const regions = await db.region.findMany({ include: { parent: true } });
    expect(Object.fromEntries(regions.map((r) => [r.name, r.parent?.name ?? null]))).toEqual({ 黑龙江省: null, 伊春市: "黑龙江省", 铁力市: "伊春市", 嘉荫县: "伊春市" });
    const jiayin = { unit: { region: { name: "嘉荫县" } } };
    expect(await db.pairing.count({ where: jiayin })).toBe(3);
    expect(await db.activity.count({ where: { status: "VERIFIED", pairing: jiayin } })).toBeGreaterThan(0);
    // A pairing never crosses regions: each one's village lies in its unit's region.
    const crossing = await db.pairing.count({ where: { ...jiayin, village: { township: { region: { name: { not: "嘉荫县" } } } } } });
    expect(crossing).toBe(0);
  });
});
