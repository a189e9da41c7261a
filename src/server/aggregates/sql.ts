// The aggregates computed from the raw rows in SQL, one INSERT … SELECT per table: the rebuild
// (a million activities in seconds, where reading them into the app would take minutes) and the
// migration that introduced the tables use the same statements. Only the Shanghai month of a
// date differs between the engines (SQLite keeps dates as ISO text, PostgreSQL as timestamps).
import type { DatabaseKind } from "../database-url";

const MONTH: Record<DatabaseKind, string> = {
  sqlite: `strftime('%Y-%m', a."date", '+8 hours')`,
  postgres: `to_char(a."date" + interval '8 hours', 'YYYY-MM')`,
};

const PLACE = `JOIN "Pairing" p ON p."id" = a."pairingId" JOIN "Village" v ON v."id" = p."villageId" JOIN "Unit" u ON u."id" = p."unitId"`;

export function rebuildStatements(kind: DatabaseKind): string[] {
  const month = MONTH[kind];
  return [
    `DELETE FROM "ValueAggregate"`,
    `DELETE FROM "CountAggregate"`,
    `DELETE FROM "PairingAreaMonth"`,
    `DELETE FROM "PairingAreaTotal"`,
    `INSERT INTO "ValueAggregate" ("townshipId", "unitRegionId", "campaignId", "indicatorId", "month", "total", "activityCount")
     SELECT v."townshipId", u."regionId", p."campaignId", iv."indicatorId", ${month}, SUM(iv."value"), COUNT(*)
     FROM "ActivityIndicatorValue" iv JOIN "Activity" a ON a."id" = iv."activityId" ${PLACE}
     WHERE a."status" = 'VERIFIED'
     GROUP BY v."townshipId", u."regionId", p."campaignId", iv."indicatorId", ${month}`,
    `INSERT INTO "CountAggregate" ("townshipId", "unitRegionId", "campaignId", "area", "month", "status", "confirmation", "disputeOpen", "count")
     SELECT v."townshipId", u."regionId", p."campaignId", a."area", ${month}, a."status", a."confirmation",
            (a."confirmation" = 'DISPUTED' AND a."disputeResolvedAt" IS NULL), COUNT(*)
     FROM "Activity" a ${PLACE}
     WHERE a."status" IN ('SUBMITTED', 'VERIFIED')
     GROUP BY v."townshipId", u."regionId", p."campaignId", a."area", ${month}, a."status", a."confirmation", (a."confirmation" = 'DISPUTED' AND a."disputeResolvedAt" IS NULL)`,
    `INSERT INTO "PairingAreaMonth" ("pairingId", "area", "month", "count", "lastDate")
     SELECT a."pairingId", a."area", ${month}, COUNT(*), MAX(a."date")
     FROM "Activity" a
     WHERE a."status" = 'VERIFIED'
     GROUP BY a."pairingId", a."area", ${month}`,
    PAIRING_AREA_TOTALS,
  ];
}

/** Every verified activity's pairing × area over its whole history (no month: the same on both engines). */
export const PAIRING_AREA_TOTALS = `INSERT INTO "PairingAreaTotal" ("pairingId", "townshipId", "unitRegionId", "campaignId", "area", "count", "firstDate", "lastDate")
     SELECT a."pairingId", v."townshipId", u."regionId", p."campaignId", a."area", COUNT(*), MIN(a."date"), MAX(a."date")
     FROM "Activity" a ${PLACE}
     WHERE a."status" = 'VERIFIED'
     GROUP BY a."pairingId", v."townshipId", u."regionId", p."campaignId", a."area"`;

/** The tables the rebuild fills, for the planner's statistics afterwards. */
export const AGGREGATE_TABLES = ["ValueAggregate", "CountAggregate", "PairingAreaMonth", "PairingAreaTotal", "PledgeAggregate"];
