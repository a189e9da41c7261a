// What the benchmark times on one database: every dashboard figure (through the app's own query
// functions) as the province's, a prefecture's and a county's organization department see it, the
// same counts as one naive SQL GROUP BY, the lists and a ledger.
import { activityListQuery, listActivities } from "../../src/features/activities/queries";
import { activityMatrix } from "../../src/features/dashboard/queries/activity-matrix";
import { verifiedByArea } from "../../src/features/dashboard/queries/area-counts";
import { campaignPeriod } from "../../src/features/dashboard/queries/default-period";
import type { DashboardFilter } from "../../src/features/dashboard/queries/filter";
import { countConfirmed, countOpenRectifications, countPairingsInEffect, countPending, countPledges, countVerified } from "../../src/features/dashboard/queries/headline";
import { indicatorTotals } from "../../src/features/dashboard/queries/indicator-totals";
import { outcomeTable } from "../../src/features/dashboard/queries/outcomes";
import { pairHealth } from "../../src/features/dashboard/queries/pair-health";
import { reportingRate } from "../../src/features/dashboard/queries/reporting";
import { satisfactionByVillage, surveyRounds } from "../../src/features/dashboard/queries/surveys";
import { pledgesPerMonth, verifiedPerMonth } from "../../src/features/dashboard/queries/trends";
import { getLedger } from "../../src/features/pairings/ledger";
import { listPairings, pairingListQuery } from "../../src/features/pairings/queries";
import type { CurrentUser } from "../../src/server/current-user";
import type { Db } from "../../src/server/db-client";
import { pairingScope } from "../../src/domain/visibility";
import { BENCH_ADMIN, BENCH_CAMPAIGN, BENCH_COUNTY_ADMIN, BENCH_LIAISONS, BENCH_PREFECTURE_ADMIN } from "./scale";

export type Case = { name: string; run: (db: Db) => Promise<unknown> };

const today = "2025-01-01";

/** The organization departments whose dashboards are measured: the province's sees every region. */
export type Viewer = { name: string; user: CurrentUser };
const department = (id: number, username: string, regionId: number, regionPath: string): CurrentUser => ({ id, username, displayName: username, role: "ADMIN", unitId: null, villageId: null, regionId, regionPath });
export const VIEWERS: Viewer[] = [
  { name: "province ADMIN", user: department(1, BENCH_ADMIN, 1, "/1/") },
  { name: "prefecture ADMIN (伊春市)", user: department(3 + BENCH_LIAISONS, BENCH_PREFECTURE_ADMIN, 2, "/1/2/") },
  { name: "county ADMIN (铁力市)", user: department(4 + BENCH_LIAISONS, BENCH_COUNTY_ADMIN, 3, "/1/2/3/") },
];
const admin = VIEWERS[0].user;

/** All the viewer's campaigns over the five years (the dashboard's "all campaigns"), in their region scope. */
const filterOf = (viewer: Viewer): DashboardFilter => ({ scope: pairingScope(viewer.user), period: { ...BENCH_CAMPAIGN } });

/** Every figure of the dashboard as `viewer` sees it. */
export function dashboardFigures(viewer: Viewer): Case[] {
  const filter = filterOf(viewer);
  return [
    { name: "default period", run: (db) => campaignPeriod(db, filter, today) },
    { name: "indicator totals (rollup)", run: (db) => indicatorTotals(db, filter) },
    { name: "outcome table (§4)", run: (db) => outcomeTable(db, filter) },
    { name: "headline: pairings in effect", run: (db) => countPairingsInEffect(db, filter) },
    { name: "headline: verified activities", run: (db) => countVerified(db, filter) },
    { name: "headline: pending", run: (db) => countPending(db, filter) },
    { name: "headline: village-confirmed", run: (db) => countConfirmed(db, filter) },
    { name: "headline: pledges", run: (db) => countPledges(db, filter) },
    { name: "headline: open rectifications", run: (db) => countOpenRectifications(db, filter) },
    { name: "chart: verified per month", run: (db) => verifiedPerMonth(db, filter) },
    { name: "chart: pledges per month", run: (db) => pledgesPerMonth(db, filter) },
    { name: "per-area counts (area chart)", run: (db) => verifiedByArea(db, filter) },
    { name: "activity matrix (townships, rankings)", run: (db) => activityMatrix(db, filter) },
    { name: "pair health", run: (db) => pairHealth(db, filter, today) },
    {
      name: "satisfaction by village",
      run: async (db) => {
        const round = (await surveyRounds(db, filter)).at(-1)?.round;
        if (round) await satisfactionByVillage(db, filter, round);
      },
    },
    { name: "reporting rate (one month)", run: (db) => reportingRate(db, filter, "2024-11") },
  ];
}

/** The app's figure and the naive SQL that computes the same numbers straight from the raw rows. */
export const AGAINST_NAIVE_SQL: { name: string; app: Case["run"]; naive: Case["run"] }[] = [
  {
    name: "per-area counts ÷ GROUP BY area",
    app: (db) => verifiedByArea(db, filterOf(VIEWERS[0])),
    naive: (db) => db.$queryRawUnsafe(`SELECT "area", count(*) FROM "Activity" WHERE "status" = 'VERIFIED' GROUP BY "area"`),
  },
  {
    name: "indicator totals ÷ SUM … GROUP BY indicator",
    app: (db) => indicatorTotals(db, filterOf(VIEWERS[0])),
    naive: (db) =>
      db.$queryRawUnsafe(`SELECT v."indicatorId", sum(v."value") FROM "ActivityIndicatorValue" v JOIN "Activity" a ON a."id" = v."activityId" WHERE a."status" = 'VERIFIED' GROUP BY v."indicatorId"`),
  },
];

export const LISTS: Case[] = [
  { name: "activities: first page", run: (db) => listActivities(db, admin, activityListQuery({})) },
  { name: "activities: page 500", run: (db) => listActivities(db, admin, activityListQuery({ page: "500" })) },
  { name: "activities: filtered (area, status)", run: (db) => listActivities(db, admin, activityListQuery({ area: "ORG_LIFE", status: "VERIFIED" })) },
  { name: "pairings: first page", run: (db) => listPairings(db, admin, pairingListQuery({})) },
  { name: "a pairing's ledger", run: (db) => getLedger(db, admin, 1) },
];
