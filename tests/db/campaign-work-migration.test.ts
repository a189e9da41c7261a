// The migration that makes assessments and bulletins per campaign, replayed on a database holding
// them: every result, frozen year, setting and bulletin goes to the campaign that holds the
// existing pairings (铁力市's 百局联百村, id 1), nothing is lost, and 第N期 is then unique within a
// campaign, not across campaigns. A database with bulletins but no pairing (so no campaign yet)
// gets 百局联百村 for them; an empty one gets none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDatabase, type Engine, migrationsUpTo, type Sql } from "../helpers/migration-replay";

const MIGRATION = "20261128092000_assessments_and_bulletins_per_campaign";
const NOW = "2011-01-01T00:00:00.000+00:00";
const SETTINGS_COLUMNS = `"weightCoverage", "weightActivities", "weightPledges", "weightSatisfaction", "weightRectifications", "weightVisits", "activitiesPerPairing", "visitsPerPairing", "excellentFrom", "goodFrom", "fairFrom", "updatedAt"`;
const bulletin = (id: number, number: number | null) =>
  `(${id}, '通报${id}', '2010-12-31T16:00:00.000+00:00', '2011-06-29T16:00:00.000+00:00', '{}', '${number === null ? "DRAFT" : "PUBLISHED"}', ${number ?? "NULL"}, '${NOW}')`;
const BULLETIN_COLUMNS = `"id", "title", "periodStart", "periodEnd", "content", "status", "number", "updatedAt"`;

let sql: Sql;
let kind: Engine;
beforeAll(async () => ({ sql, kind } = await emptyDatabase("campaign_work_with_rows")));
afterAll(async () => sql.close());

describe("the assessments and bulletins per campaign migration", () => {
  it("puts every assessment row, frozen year, setting and bulletin into the pairings' campaign and loses nothing", async () => {
    const { before, migration } = migrationsUpTo(kind, MIGRATION);
    for (const m of before) await sql.run(m);
    await sql.run(`
      INSERT INTO "Township" ("id", "name", "regionId", "updatedAt") VALUES (1, '铁力镇', 3, '${NOW}');
      INSERT INTO "Unit" ("id", "name", "kind", "regionId", "updatedAt") VALUES (1, '市农业局', 'ORGAN', 3, '${NOW}');
      INSERT INTO "Village" ("id", "name", "townshipId", "updatedAt") VALUES (1, '满天红村', 1, '${NOW}');
      INSERT INTO "Campaign" ("id", "name", "regionId", "startsOn", "endsOn", "updatedAt") VALUES (1, '百局联百村', 3, '2010-05-31T16:00:00.000+00:00', '2011-08-30T16:00:00.000+00:00', '${NOW}'),
        (2, '第二轮', 3, '2011-08-31T16:00:00.000+00:00', '2012-08-30T16:00:00.000+00:00', '${NOW}');
      INSERT INTO "Pairing" ("id", "campaignId", "unitId", "villageId", "startDate", "status", "activeKey", "updatedAt") VALUES (1, 1, 1, 1, '2010-05-31T16:00:00.000+00:00', 'ACTIVE', '1:1', '${NOW}');
      INSERT INTO "Assessment" ("id", "year", "subject", "unitId", "villageId", "measures", "computedScore", "adjustment", "adjustmentReason", "finalScore", "grade", "rank", "updatedAt") VALUES
        (1, 2011, 'UNIT', 1, NULL, '{}', 80, 2, '承办现场会', 82, 'GOOD', 1, '${NOW}'),
        (2, 2011, 'VILLAGE', NULL, 1, '{}', 90, 0, NULL, 90, 'EXCELLENT', 1, '${NOW}');
      INSERT INTO "AssessmentYear" ("year", "frozenAt", "frozenByName", "settings") VALUES (2011, '${NOW}', '组织部', '{}');
      INSERT INTO "AssessmentSettings" ("id", ${SETTINGS_COLUMNS}) VALUES (1, 30, 20, 20, 15, 10, 5, 6, 4, 90, 80, 60, '${NOW}');
      INSERT INTO "Bulletin" (${BULLETIN_COLUMNS}) VALUES ${bulletin(1, 1)}, ${bulletin(2, 2)}, ${bulletin(3, null)};
    `);

    await sql.run(migration);

    expect(await sql.rows(`SELECT "id" FROM "Campaign" ORDER BY "id"`)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await sql.rows(`SELECT "id", "campaignId", "year", "finalScore", "adjustmentReason" FROM "Assessment" ORDER BY "id"`)).toEqual([
      { id: 1, campaignId: 1, year: 2011, finalScore: 82, adjustmentReason: "承办现场会" },
      { id: 2, campaignId: 1, year: 2011, finalScore: 90, adjustmentReason: null },
    ]);
    expect(await sql.rows(`SELECT "campaignId", "year", "frozenByName" FROM "AssessmentYear"`)).toEqual([{ campaignId: 1, year: 2011, frozenByName: "组织部" }]);
    expect(await sql.rows(`SELECT "campaignId", "weightCoverage", "excellentFrom" FROM "AssessmentSettings"`)).toEqual([{ campaignId: 1, weightCoverage: 30, excellentFrom: 90 }]);
    expect(await sql.rows(`SELECT "id", "campaignId", "number", "status" FROM "Bulletin" ORDER BY "id"`)).toEqual([
      { id: 1, campaignId: 1, number: 1, status: "PUBLISHED" },
      { id: 2, campaignId: 1, number: 2, status: "PUBLISHED" },
      { id: 3, campaignId: 1, number: null, status: "DRAFT" },
    ]);
    // 第1期 again in another campaign; never twice in one; a campaign's year frozen once.
    // (Ids given, as PostgreSQL's sequence did not see the rows written with theirs.)
    const inCampaign = (campaignId: number, row: string) => `INSERT INTO "Bulletin" ("campaignId", ${BULLETIN_COLUMNS}) VALUES (${campaignId}, ${row.slice(1)}`;
    await sql.run(inCampaign(2, bulletin(4, 1)));
    await expect(sql.run(inCampaign(1, bulletin(5, 1)))).rejects.toThrow();
    await sql.run(`INSERT INTO "AssessmentYear" ("id", "campaignId", "year", "frozenAt", "frozenByName", "settings") VALUES (10, 2, 2011, '${NOW}', '组织部', '{}')`);
    await expect(sql.run(`INSERT INTO "AssessmentYear" ("id", "campaignId", "year", "frozenAt", "frozenByName", "settings") VALUES (11, 1, 2011, '${NOW}', '组织部', '{}')`)).rejects.toThrow();
  });

  it("gives bulletins without any pairing 铁力市's campaign, and an empty database none", async () => {
    for (const withBulletin of [true, false]) {
      const fresh = await emptyDatabase(withBulletin ? "campaign_work_bulletin_only" : "campaign_work_empty");
      try {
        const { before, migration } = migrationsUpTo(fresh.kind, MIGRATION);
        for (const m of before) await fresh.sql.run(m);
        if (withBulletin) await fresh.sql.run(`INSERT INTO "Bulletin" (${BULLETIN_COLUMNS}) VALUES ${bulletin(1, 1)}`);
        await fresh.sql.run(migration);
        const campaigns = await fresh.sql.rows<{ id: number; name: string; regionId: number }>(`SELECT "id", "name", "regionId" FROM "Campaign"`);
        expect(campaigns).toEqual(withBulletin ? [{ id: 1, name: "百局联百村", regionId: 3 }] : []);
        if (withBulletin) expect(await fresh.sql.rows(`SELECT "campaignId", "number" FROM "Bulletin"`)).toEqual([{ campaignId: 1, number: 1 }]);
      } finally {
        await fresh.sql.close();
      }
    }
  });
});
