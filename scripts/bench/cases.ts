// What the benchmark times on one database: every dashboard figure (through the app's own query
// functions), the same counts as one naive SQL GROUP BY, the lists and a ledger.
import { activityListQuery, listActivities } from "../../src/features/activities/queries";
import { activityMatrix } from "../../src/features/dashboard/queries/activity-matrix";
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
import { BENCH_CAMPAIGN } from "./scale";

export type Case = { name: string; run: (db: Db) => Promise<unknown> };

const filter: DashboardFilter = { scope: {}, period: { ...BENCH_CAMPAIGN } };
const today = "2025-01-01";
const admin: CurrentUser = { id: 1, username: "bench-admin", displayName: "bench-admin", role: "ADMIN", unitId: null, villageId: null, regionId: 3, regionPath: "/1/2/3/" };

export const DASHBOARD_FIGURES: Case[] = [
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
  { name: "activity matrix (areas, townships, rankings)", run: (db) => activityMatrix(db, filter) },
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

/** The app's figure and the naive SQL that computes the same numbers straight from the raw rows. */
export const AGAINST_NAIVE_SQL: { name: string; app: Case["run"]; naive: Case["run"] }[] = [
  {
    name: "per-area counts ÷ GROUP BY area",
    app: (db) => activityMatrix(db, filter),
    naive: (db) => db.$queryRawUnsafe(`SELECT "area", count(*) FROM "Activity" WHERE "status" = 'VERIFIED' GROUP BY "area"`),
  },
  {
    name: "indicator totals ÷ SUM … GROUP BY indicator",
    app: (db) => indicatorTotals(db, filter),
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
