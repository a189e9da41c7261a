// On the Tieli demo, 铁力市's organization department's default dashboard is its campaign
// (百局联百村, its whole period) and shows every figure of the source report (DOMAIN.md §4), each
// equal to the total of its source list; a liaison sees less. 嘉荫县's campaign, beside it, is
// neither 铁力市's default nor counted in its figures; 伊春市's department sees both, all by default.
import { TIELI_REGION_ID, TIELI_REGION_PATH } from "../helpers/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairingScope } from "@/domain/visibility";
import type { Db } from "@/server/db-client";
import { chosenCampaign, currentCampaign, listCampaigns } from "@/features/campaigns/queries";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import { headline } from "@/features/dashboard/queries/headline";
import { outcomeTable } from "@/features/dashboard/queries/outcomes";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { indicatorSources } from "@/features/dashboard/queries/sources/activity-sources";
import { leaderVisitSources, pledgeSources } from "@/features/dashboard/queries/sources/record-sources";
import { surveySources } from "@/features/dashboard/queries/sources/survey-sources";
import { figureText, formatAmount, formatRate } from "@/domain/format";
import { computeFigure } from "@/features/dashboard/queries/figure";
import { pledgesFigure } from "@/features/dashboard/queries/headline";
import { getLedger } from "@/features/pairings/ledger";
import { listPairings } from "@/features/pairings/queries";
import { seedDemo } from "../../prisma/seed/demo";
import { REPORT_INDICATOR_FIGURES as REPORT } from "../fixtures/report-figures";
import { createTestDb } from "../helpers/test-db";


let db: Db;
let campaign: DashboardFilter;
let campaignId: number;

beforeAll(async () => {
  db = await createTestDb();
  expect((await seedDemo(db)).seeded).toBe(true);
  // 铁力市's organization department's view, with no campaign named: its current campaign.
  const reader = { role: "ADMIN" as const, unitId: null, villageId: null, regionPath: TIELI_REGION_PATH };
  const scope = pairingScope(reader);
  const current = (await currentCampaign(db, reader, "2026-11-27"))!;
  campaignId = current.id;
  campaign = { scope, campaignId, period: { from: current.start, to: current.end } };
});
afterAll(async () => db.$disconnect());

describe("the demo dashboard", () => {
  it("reads the campaign's period, 1 June 2010 – 31 August 2011, from the database; each region's default is its own campaign", async () => {
    expect(campaign.period).toEqual({ from: "2010-06-01", to: "2011-08-31" });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).name).toBe("百局联百村");
    const reader = (path: string) => ({ role: "ADMIN" as const, unitId: null, villageId: null, regionPath: path });
    const jiayin = await db.region.findFirstOrThrow({ where: { name: "嘉荫县" } });
    const yichun = await db.region.findFirstOrThrow({ where: { name: "伊春市" } });
    expect((await currentCampaign(db, reader(jiayin.path), "2026-11-27"))?.name).toBe("嘉荫县城乡结对共建");
    // 伊春市 sees both and runs none itself: the dashboard and lists default to all of them; a page that
    // needs one campaign (the assessment) takes the latest started, 嘉荫县's (2011-03-01).
    expect((await listCampaigns(db, reader(yichun.path))).map((c) => c.name)).toEqual(["嘉荫县城乡结对共建", "百局联百村"]);
    expect(await chosenCampaign(db, reader(yichun.path), {}, "2026-11-27", true)).toEqual({ campaign: null, all: true });
    expect((await chosenCampaign(db, reader(yichun.path), {}, "2026-11-27")).campaign?.name).toBe("嘉荫县城乡结对共建");
    expect((await chosenCampaign(db, reader(jiayin.path), {}, "2026-11-27", true)).campaign?.name).toBe("嘉荫县城乡结对共建");
    expect((await listCampaigns(db, reader(TIELI_REGION_PATH))).map((c) => c.name)).toEqual(["百局联百村"]);
  });

  it("shows every figure of the source report", async () => {
    const table = await outcomeTable(db, campaign);
    const shown = Object.fromEntries(
      table.groups.flatMap((g) => g.indicators).map((i) => {
        const f = formatAmount(i.total, i.unitZh, i.isMoney, "zh-CN");
        return [i.code, f.wan ? figureText(f, "zh-CN") : f.value];
      }),
    );
    expect(shown).toEqual(REPORT);
    expect(table.pledges).toEqual({ total: 231, fulfilled: 182 });
    expect(table.leaderVisits).toBe(38);
    expect(table.inspections).toBe(16);
    expect(table.survey?.round).toBe("2011-07");
    expect(formatRate(table.survey!.satisfiedVillageOrg, table.survey!.respondents)).toBe("97.63%");
    expect(formatRate(table.survey!.satisfiedPairing, table.survey!.respondents)).toBe("98.55%");
  });

  it("lists the records behind the figures, whose totals equal them", async () => {
    const labour = await indicatorSources(db, campaign, "labour_transferred", { page: 1 });
    expect(labour?.total).toBe(1_560);
    expect((await pledgeSources(db, campaign, "all", { page: 1 })).count).toBe(231);
    expect((await pledgeSources(db, campaign, "fulfilled", { page: 1 })).count).toBe(182);
    expect((await leaderVisitSources(db, campaign, { page: 1 })).count).toBe(38);
    const survey = await surveySources(db, campaign, "2011-07", { page: 1 });
    expect(survey.count).toBe(76);
    expect(survey.sums).toEqual({ respondents: 10_000, satisfiedVillageOrg: 9_763, satisfiedPairing: 9_855 });
  });

  it("keeps pending work out of the verified count, and flags the pairs that fell silent", async () => {
    const cards = await headline(db, campaign);
    expect(cards).toMatchObject({ pairingsInEffect: 76, pledges: 231, pledgesFulfilled: 182 });
    const tieli = { pairing: { ...campaign.scope, campaignId } };
    const verified = await db.activity.count({ where: { status: "VERIFIED", ...tieli } });
    expect(cards.verified).toBe(verified);
    expect(cards.pending).toBe(await db.activity.count({ where: { status: "SUBMITTED", ...tieli } }));
    const health = await pairHealth(db, campaign, "2026-11-27");
    expect(health).toHaveLength(76);
    expect(health.filter((h) => h.dormant).length).toBeGreaterThanOrEqual(6);
    expect(health[0].dormant).toBe(true);
  });

  it("gives the leader's home page and the dashboard one pledge figure for the campaign, whatever is due later", async () => {
    // A pledge made after the campaign, due and fulfilled in 2012: not one of the campaign's.
    const pairing = await db.pairing.findFirstOrThrow();
    const later = await db.$transaction((tx) => tx.pledge.create({
      data: { pairingId: pairing.id, pledgerName: "李明", content: "新一轮承诺", dueDate: new Date("2012-03-01T00:00:00+08:00"), status: "FULFILLED", fulfilledAt: new Date("2012-02-01T00:00:00+08:00") },
    }));
    try {
      expect(await computeFigure(db, pledgesFigure, campaign)).toEqual({ total: 231, fulfilled: 182 });
    } finally {
      await db.$transaction((tx) => tx.pledge.delete({ where: { id: later.id } }));
    }
  });

  it("counts idle days alike on the ledger, the pairing list and the dashboard: to the campaign's end", async () => {
    const now = new Date("2026-11-27T10:00:00+08:00");
    const leader = { id: 0, username: "l", displayName: "l", role: "LEADER" as const, unitId: null, villageId: null, regionId: TIELI_REGION_ID, regionPath: TIELI_REGION_PATH };
    const health = new Map((await pairHealth(db, campaign, "2026-11-27")).map((h) => [h.pairingId, h]));
    const list = await listPairings(db, leader, { q: "", campaignId, sort: "unit", dir: "asc", page: 1 }, now);
    expect(list.total).toBe(76);
    for (const row of list.rows) {
      const ledger = (await getLedger(db, leader, row.id, { now }))!;
      const dashboard = health.get(row.id)!;
      expect(dashboard.lastEver, row.unit.name).not.toBeNull();
      expect(ledger.summary.daysSinceLastVerified, row.unit.name).toBe(dashboard.daysSince);
      expect(row.idleDays, row.unit.name).toBe(dashboard.daysSince);
      expect(dashboard.daysSince).toBeLessThan(450);
    }
  });

  it("scopes the liaison of 市农业局 to that unit's pairing", async () => {
    const unit = await db.unit.findFirstOrThrow({ where: { name: "市农业局" } });
    const liaison = { ...campaign, scope: { unitId: unit.id } };
    const [mine, all] = await Promise.all([outcomeTable(db, liaison), outcomeTable(db, campaign)]);
    expect(mine.pledges.total).toBeLessThan(all.pledges.total);
    expect((await headline(db, liaison)).pairingsInEffect).toBe(1);
    expect(mine.survey?.respondents).toBeLessThan(all.survey!.respondents);
  });
});

describe("the prefecture's dashboard over its counties' campaigns", () => {
  it("shows 伊春市 each county's campaign alone, and all campaigns as their sum", async () => {
    const yichun = await db.region.findFirstOrThrow({ where: { name: "伊春市" } });
    const reader = { role: "ADMIN" as const, unitId: null, villageId: null, regionPath: yichun.path };
    const [jiayinCampaign, tieliCampaign] = await listCampaigns(db, reader);
    const proxyServices = async (campaignId: number | undefined, period: { from: string; to: string }) => {
      const table = await outcomeTable(db, { scope: pairingScope(reader), campaignId, period });
      return table.groups.flatMap((g) => g.indicators).find((i) => i.code === "proxy_services")!.total;
    };
    expect(await proxyServices(jiayinCampaign.id, { from: jiayinCampaign.start, to: jiayinCampaign.end })).toBe(9);
    expect(await proxyServices(tieliCampaign.id, { from: tieliCampaign.start, to: tieliCampaign.end })).toBe(127);
    expect(await proxyServices(undefined, { from: tieliCampaign.start, to: jiayinCampaign.end })).toBe(136);
  });
});
