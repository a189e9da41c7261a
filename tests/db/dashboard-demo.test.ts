// On the Tieli demo, the dashboard's default view is the campaign and shows every figure of the
// source report (DOMAIN.md §4), each equal to the total of its source list; a liaison sees less.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { campaignPeriod } from "@/features/dashboard/queries/default-period";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import { headline } from "@/features/dashboard/queries/headline";
import { outcomeTable } from "@/features/dashboard/queries/outcomes";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { indicatorSources } from "@/features/dashboard/queries/sources/activity-sources";
import { leaderVisitSources, pledgeSources } from "@/features/dashboard/queries/sources/record-sources";
import { surveySources } from "@/features/dashboard/queries/sources/survey-sources";
import { formatFigure, formatRate } from "@/features/dashboard/format";
import { seedDemo } from "../../prisma/seed/demo";
import { REPORT_INDICATOR_FIGURES as REPORT } from "../fixtures/report-figures";
import { createTestDb } from "../helpers/test-db";


let db: Db;
let campaign: DashboardFilter;

beforeAll(async () => {
  db = await createTestDb();
  expect((await seedDemo(db)).seeded).toBe(true);
  campaign = { scope: {}, period: await campaignPeriod(db, { scope: {} }, "2026-11-27") };
});
afterAll(async () => db.$disconnect());

describe("the demo dashboard", () => {
  it("defaults to the campaign, 1 June 2010 – 31 August 2011", () => {
    expect(campaign.period).toEqual({ from: "2010-06-01", to: "2011-08-31" });
  });

  it("shows every figure of the source report", async () => {
    const table = await outcomeTable(db, campaign);
    const shown = Object.fromEntries(
      table.groups.flatMap((g) => g.indicators).map((i) => {
        const f = formatFigure(i.total, i.unitZh, i.isMoney, "zh-CN");
        return [i.code, f.unit.startsWith("万") ? `${f.value}${f.unit}` : f.value];
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
    const verified = await db.activity.count({ where: { status: "VERIFIED" } });
    expect(cards.verified).toBe(verified);
    expect(cards.pending).toBe(await db.activity.count({ where: { status: "SUBMITTED" } }));
    const health = await pairHealth(db, campaign, "2026-11-27");
    expect(health).toHaveLength(76);
    expect(health.filter((h) => h.dormant).length).toBeGreaterThanOrEqual(6);
    expect(health[0].dormant).toBe(true);
  });

  it("scopes the liaison of 市农业局 to that unit's pairing", async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { name: "市农业局" } });
    const liaison = { ...campaign, scope: { unitId: unit.id } };
    const [mine, all] = await Promise.all([outcomeTable(db, liaison), outcomeTable(db, campaign)]);
    expect(mine.pledges.total).toBeLessThan(all.pledges.total);
    expect((await headline(db, liaison)).pairingsInEffect).toBe(1);
    expect(mine.survey?.respondents).toBeLessThan(all.survey!.respondents);
  });
});
