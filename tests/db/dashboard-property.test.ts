// Property: on random campaigns (20 seeded data sets of two campaigns each, which may pair the same
// unit and village again; several random viewers, campaigns — one or all —, townships and periods each), every dashboard figure equals the sum over the records its source page lists —
// walked page by page with the very functions the source pages use — and the indicator totals
// equal a plain recount of the generated data. The figures read the aggregates (server/aggregates),
// which themselves equal a recount of the rows.
import { describe, expect, it } from "vitest";
import { CONTENT_AREAS } from "@/lib/content-areas";
import type { Db } from "@/server/db-client";
import { activityMatrix } from "@/features/dashboard/queries/activity-matrix";
import { verifiedByArea } from "@/features/dashboard/queries/area-counts";
import { countByTownship, subjectTotals } from "@/features/dashboard/queries/breakdowns";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import { countDisputed, headline } from "@/features/dashboard/queries/headline";
import { verifiedActivityWhere } from "@/features/dashboard/queries/filter";
import { openDisputeWhere } from "@/domain/countersign";
import { outcomeTable } from "@/features/dashboard/queries/outcomes";
import { pairHealth } from "@/features/dashboard/queries/pair-health";
import { verifiedDespiteWarnings } from "@/features/dashboard/queries/evidence";
import { activitySources, type ActivitySourceOptions, indicatorSources } from "@/features/dashboard/queries/sources/activity-sources";
import {
  inspectionSources,
  leaderVisitSources,
  openRectificationSources,
  pairingSources,
  pledgeSources,
} from "@/features/dashboard/queries/sources/record-sources";
import { surveySources } from "@/features/dashboard/queries/sources/survey-sources";
import { pledgesPerMonth, verifiedPerMonth } from "@/features/dashboard/queries/trends";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { Rng } from "../../prisma/seed/random";
import { createTestDb } from "../helpers/test-db";
import { rawAggregates, storedAggregates } from "../helpers/aggregates";

import { at, endPairing, makeActivity, makeCampaign, makeIndicator, makeInspection, makePairing, makePledge, makeSurvey, makeTownship, makeUnit, makeVillage, makeVisit } from "../helpers/factories";
import { filterFor } from "../helpers/dashboard-filter";

const DATA_SETS = 20;
const FILTERS_PER_SET = 4;
const PAGE_SIZE = 7; // small, so the walk crosses several pages

type Generated = {
  townships: number[];
  units: number[];
  villages: { id: number; townshipId: number }[];
  campaigns: number[];
  pairings: { id: number; campaignId: number; unitId: number; villageId: number; townshipId: number }[];
  indicators: number[];
  activities: { pairingId: number; day: string; status: string; values: Record<number, number> }[];
};

const day = (rng: Rng, from: string, to: string) => shanghaiDay(addDays(fromShanghaiDay(from), rng.int(0, Math.round((fromShanghaiDay(to).getTime() - fromShanghaiDay(from).getTime()) / 86_400_000))));

async function generate(db: Db, rng: Rng): Promise<Generated> {
  const townships = [];
  for (let i = 0; i < rng.int(1, 3); i++) townships.push((await makeTownship(db)).id);
  const units = [];
  for (let i = 0; i < rng.int(2, 4); i++) units.push((await makeUnit(db)).id);
  const villages = [];
  for (let i = 0; i < rng.int(2, 5); i++) {
    const townshipId = rng.pick(townships);
    villages.push({ id: (await makeVillage(db, townshipId)).id, townshipId });
  }
  const campaigns = [(await makeCampaign(db, { start: "2009-12-01", end: "2011-06-30" })).id, (await makeCampaign(db, { start: "2010-07-01", end: "2011-12-31" })).id];
  const pairings: Generated["pairings"] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rng.int(2, 9); i++) {
    const campaignId = rng.pick(campaigns);
    const unitId = rng.pick(units);
    const village = rng.pick(villages);
    if (seen.has(`${campaignId}:${unitId}:${village.id}`)) continue;
    seen.add(`${campaignId}:${unitId}:${village.id}`);
    const pairing = await makePairing(db, unitId, village.id, fromShanghaiDay(day(rng, "2009-12-01", "2010-09-30")), campaignId);
    if (rng.chance(0.25)) await endPairing(db, pairing.id, day(rng, "2010-10-01", "2011-06-30"));
    pairings.push({ id: pairing.id, campaignId, unitId, villageId: village.id, townshipId: village.townshipId });
  }
  const indicators = [];
  for (let i = 0; i < 3; i++) indicators.push((await makeIndicator(db, { isMoney: i === 0, group: rng.pick(["ORGANIZATION", "RELATIONS", "DEVELOPMENT", "SUPERVISION"] as const) })).id);

  const activities: Generated["activities"] = [];
  for (let i = 0; i < rng.int(20, 60); i++) {
    const pairing = rng.pick(pairings);
    const activityDay = day(rng, "2010-01-01", "2011-12-31");
    const status = rng.pickWeighted(["VERIFIED", "SUBMITTED", "DRAFT", "RETURNED"] as const, (s) => ({ VERIFIED: 6, SUBMITTED: 2, DRAFT: 1, RETURNED: 1 })[s]);
    const values: Record<number, number> = {};
    for (const id of indicators) if (rng.chance(0.5)) values[id] = id === indicators[0] ? rng.int(1, 50) * 1000 : rng.int(0, 30);
    // Submitted at any hour up to five days later, so submissions straddle Shanghai month ends.
    const submittedAt = new Date(at(activityDay, "00:00").getTime() + rng.int(0, 5 * 24 * 60) * 60_000);
    await makeActivity(db, {
      pairingId: pairing.id,
      day: activityDay,
      area: rng.pick(CONTENT_AREAS),
      status,
      values,
      confirmation: rng.pick(["PENDING", "CONFIRMED", "DISPUTED"] as const),
      submittedAt,
      verifiedWarnings: rng.chance(0.3) ? rng.int(1, 3) : 0,
    });
    activities.push({ pairingId: pairing.id, day: activityDay, status, values });
  }
  for (let i = 0; i < rng.int(3, 12); i++) await makePledge(db, { pairingId: rng.pick(pairings).id, due: day(rng, "2010-01-01", "2011-12-31"), status: rng.pick(["PROMISED", "IN_PROGRESS", "FULFILLED"] as const) });
  for (let i = 0; i < rng.int(0, 8); i++) await makeVisit(db, rng.pick(pairings).id, day(rng, "2010-01-01", "2011-12-31"));
  for (let i = 0; i < rng.int(0, 5); i++) {
    const covered = rng.shuffle(pairings).slice(0, rng.int(1, pairings.length)).map((p) => p.id);
    const items = covered.filter(() => rng.chance(0.5)).map((pairingId) => ({ pairingId, status: rng.pick(["OPEN", "IN_PROGRESS", "CLOSED"] as const) }));
    await makeInspection(db, covered, { day: day(rng, "2010-01-01", "2011-12-31"), rectifications: items });
  }
  for (const village of villages) {
    for (const round of ["2010-12", "2011-07"]) {
      if (!rng.chance(0.8)) continue;
      const respondents = rng.int(10, 200);
      await makeSurvey(db, { villageId: village.id, round: round, day: day(rng, `${round}-01`, `${round}-28`), respondents: respondents, satisfiedVillageOrg: rng.int(0, respondents), satisfiedPairing: rng.int(0, respondents) });
    }
  }
  return { townships, units, villages, campaigns, pairings, indicators, activities };
}

function randomFilter(rng: Rng, data: Generated): DashboardFilter {
  const from = rng.chance(0.3) ? `${rng.pick(["2010", "2011"])}-${String(rng.int(1, 12)).padStart(2, "0")}-01` : day(rng, "2009-12-01", "2011-10-31");
  const to = day(rng, from, "2012-01-31");
  const viewer = rng.pick(["all", "all", "unit", "village"] as const);
  const scoped =
    viewer === "unit"
      ? filterFor({ role: "LIAISON", unitId: rng.pick(data.units) }, { from, to })
      : viewer === "village"
        ? filterFor({ role: "VILLAGE", villageId: rng.pick(data.villages).id }, { from, to })
        : filterFor({ role: "LEADER" }, { from, to });
  return { ...scoped, campaignId: rng.pick([undefined, ...data.campaigns]), townshipId: rng.chance(0.4) ? rng.pick(data.townships) : undefined };
}

/** Every row of a source list, walked page by page as a reader would. */
async function allRows<R>(fetch: (page: { page: number; pageSize: number }) => Promise<{ rows: R[]; count: number }>): Promise<{ rows: R[]; count: number }> {
  const rows: R[] = [];
  let count = 0;
  for (let page = 1; ; page++) {
    const result = await fetch({ page, pageSize: PAGE_SIZE });
    count = result.count;
    rows.push(...result.rows);
    if (result.rows.length < PAGE_SIZE) break;
  }
  expect(rows.length).toBe(count);
  return { rows, count };
}

async function activityCount(db: Db, filter: DashboardFilter, options: ActivitySourceOptions) {
  return (await allRows((page) => activitySources(db, filter, options, page))).rows.length;
}

function recount(data: Generated, filter: DashboardFilter, indicatorId: number): number {
  const visible = new Set(
    data.pairings
      .filter((p) => (filter.scope.unitId === undefined || p.unitId === filter.scope.unitId) && (filter.scope.villageId === undefined || p.villageId === filter.scope.villageId))
      .filter((p) => !filter.townshipId || p.townshipId === filter.townshipId)
      .filter((p) => filter.campaignId === undefined || p.campaignId === filter.campaignId)
      .map((p) => p.id),
  );
  return data.activities
    .filter((a) => a.status === "VERIFIED" && visible.has(a.pairingId) && a.day >= filter.period.from && a.day <= filter.period.to)
    .reduce((sum, a) => sum + (a.values[indicatorId] ?? 0), 0);
}

async function checkFigures(db: Db, data: Generated, filter: DashboardFilter) {
  const table = await outcomeTable(db, filter);
  for (const indicator of table.groups.flatMap((g) => g.indicators)) {
    const sources = await allRows(async (page) => {
      const result = await indicatorSources(db, filter, indicator.code, page);
      return { rows: result!.rows, count: result!.count };
    });
    expect(sources.rows.reduce((sum, r) => sum + r.value, 0)).toBe(indicator.total);
    expect((await indicatorSources(db, filter, indicator.code, { page: 1 }))!.total).toBe(indicator.total);
    expect(indicator.total).toBe(recount(data, filter, indicator.id));
  }
  expect((await allRows((p) => pledgeSources(db, filter, "all", p))).rows.length).toBe(table.pledges.total);
  const fulfilled = await allRows((p) => pledgeSources(db, filter, "fulfilled", p));
  expect(fulfilled.rows.length).toBe(table.pledges.fulfilled);
  expect(fulfilled.rows.every((r) => r.status === "FULFILLED")).toBe(true);
  expect((await allRows((p) => leaderVisitSources(db, filter, p))).rows.length).toBe(table.leaderVisits);
  expect((await allRows((p) => inspectionSources(db, filter, p))).rows.length).toBe(table.inspections);
  if (table.survey) {
    const survey = await allRows((p) => surveySources(db, filter, table.survey!.round, p));
    const sum = (key: "respondents" | "satisfiedVillageOrg" | "satisfiedPairing") => survey.rows.reduce((s, r) => s + r[key], 0);
    expect({ round: table.survey.round, respondents: sum("respondents"), satisfiedVillageOrg: sum("satisfiedVillageOrg"), satisfiedPairing: sum("satisfiedPairing") }).toEqual(table.survey);
  }

  const cards = await headline(db, filter);
  expect(await activityCount(db, filter, {})).toBe(cards.verified);
  expect(await activityCount(db, filter, { status: "SUBMITTED" })).toBe(cards.pending);
  expect(await activityCount(db, filter, { confirmation: "CONFIRMED" })).toBe(cards.confirmed);
  // The disputed card has no source page of its own: its rows are the verified ones with an open dispute.
  expect(await db.activity.count({ where: { ...verifiedActivityWhere(filter), ...openDisputeWhere } })).toBe(await countDisputed(db, filter));
  expect((await allRows((p) => openRectificationSources(db, filter, p))).rows.length).toBe(cards.openRectifications);
  expect((await allRows((p) => pairingSources(db, filter, p))).rows.length).toBe(cards.pairingsInEffect);

  for (const month of await verifiedPerMonth(db, filter)) {
    expect(await activityCount(db, { ...filter, period: month.period }, {})).toBe(month.count);
  }
  for (const month of await pledgesPerMonth(db, filter)) {
    const inMonth = { ...filter, period: month.period };
    expect([(await allRows((p) => pledgeSources(db, inMonth, "all", p))).count, (await allRows((p) => pledgeSources(db, inMonth, "fulfilled", p))).count]).toEqual([month.due, month.fulfilled]);
  }
  const matrix = await activityMatrix(db, filter);
  for (const { area, count } of await verifiedByArea(db, filter)) expect(await activityCount(db, filter, { area })).toBe(count);
  for (const t of countByTownship(matrix)) expect(await activityCount(db, { ...filter, townshipId: t.townshipId }, {})).toBe(t.count);
  for (const u of subjectTotals(matrix, "unit")) expect(await activityCount(db, filter, { unitId: u.id })).toBe(u.activities);
  for (const v of subjectTotals(matrix, "village")) expect(await activityCount(db, filter, { villageId: v.id })).toBe(v.activities);
  const warned = await verifiedDespiteWarnings(db, filter);
  expect(await activityCount(db, filter, { evidence: "warned" })).toBe(warned.total);
  for (const u of warned.units) expect(await activityCount(db, filter, { evidence: "warned", unitId: u.unitId })).toBe(u.count);
  for (const row of await pairHealth(db, filter, "2026-01-01")) {
    for (const area of CONTENT_AREAS) {
      if (row.areas[area].count > 0) expect(await activityCount(db, filter, { pairingId: row.pairingId, area })).toBe(row.areas[area].count);
    }
  }
}

describe("every dashboard figure equals the sum over its source records", () => {
  for (let set = 0; set < DATA_SETS; set++) {
    it(`random campaign #${set + 1}`, async () => {
      const db = await createTestDb();
      try {
        const rng = new Rng(5_000 + set);
        const data = await generate(db, rng);
        // The aggregates the figures read equal a plain recount of the generated rows.
        expect(await storedAggregates(db)).toEqual(await rawAggregates(db));
        for (let i = 0; i < FILTERS_PER_SET; i++) await checkFigures(db, data, randomFilter(rng, data));
      } finally {
        await db.$disconnect();
      }
      // A fresh database and a few hundred rows through the factories each: slow on a shared machine.
    }, 180_000);
  }
});
