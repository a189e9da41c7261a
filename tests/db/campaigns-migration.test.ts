// The campaigns migration on a database that already holds pairings: every migration before it is
// applied to an empty schema of its own, rows are written as the app wrote them then, and after the
// migration every pairing belongs to 铁力市's 2010–2011 campaign 百局联百村 (the regions migration,
// before it, made 铁力市 region 3 and put the registry there) with nothing lost; the
// pairings and activities are still there, and a second active pairing of the same unit and village
// is still refused within that campaign.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, emptyDatabase, migrationsUpTo, type Sql } from "../helpers/migration-replay";

const MIGRATION = "20261128073000_campaigns";
const NOW = "2011-01-01T00:00:00.000+00:00";

let sql: Sql;
let kind: Engine;
beforeAll(async () => ({ sql, kind } = await emptyDatabase("campaigns_with_rows")));
afterAll(async () => sql.close());

describe("the campaigns migration", () => {
  it("puts every existing pairing into 铁力市's 2010–2011 campaign and loses nothing", async () => {
    const { before, migration: campaigns } = migrationsUpTo(kind, MIGRATION);
    for (const migration of before) await sql.run(migration);
    await sql.run(`
      INSERT INTO "Township" ("id", "name", "regionId", "updatedAt") VALUES (1, '铁力镇', 3, '${NOW}');
      INSERT INTO "Unit" ("id", "name", "kind", "regionId", "updatedAt") VALUES (1, '市农业局', 'ORGAN', 3, '${NOW}'), (2, '市水务局', 'ORGAN', 3, '${NOW}');
      INSERT INTO "Village" ("id", "name", "townshipId", "updatedAt") VALUES (1, '满天红村', 1, '${NOW}'), (2, '新立村', 1, '${NOW}');
      INSERT INTO "Pairing" ("id", "unitId", "villageId", "startDate", "endDate", "status", "activeKey", "updatedAt") VALUES
        (1, 1, 1, '2010-05-31T16:00:00.000+00:00', NULL, 'ACTIVE', '1:1', '${NOW}'),
        (2, 2, 2, '2010-05-31T16:00:00.000+00:00', '2011-01-01T16:00:00.000+00:00', 'ENDED', NULL, '${NOW}');
      INSERT INTO "Activity" ("id", "pairingId", "area", "date", "title", "status", "updatedAt") VALUES
        (1, 1, 'ORG_LIFE', '2010-07-01T02:00:00.000+00:00', '联合党课', 'VERIFIED', '${NOW}'),
        (2, 2, 'DEVELOPMENT', '2010-08-01T02:00:00.000+00:00', '引进项目', 'SUBMITTED', '${NOW}');
    `);

    await sql.run(campaigns);

    const found = await sql.rows<{ id: number; name: string; regionId: number; surveyPeriod: string }>(`SELECT "id", "name", "regionId", "surveyPeriod" FROM "Campaign"`);
    expect(found).toEqual([{ id: 1, name: "百局联百村", regionId: 3, surveyPeriod: "2011-07" }]);
    const pairings = await sql.rows<Record<string, unknown>>(`SELECT "id", "campaignId", "status", "activeKey" FROM "Pairing" ORDER BY "id"`);
    expect(pairings).toEqual([
      { id: 1, campaignId: 1, status: "ACTIVE", activeKey: "1:1" },
      { id: 2, campaignId: 1, status: "ENDED", activeKey: null },
    ]);
    const activities = await sql.rows<{ id: number; pairingId: number; title: string }>(`SELECT "id", "pairingId", "title" FROM "Activity" ORDER BY "id"`);
    expect(activities).toEqual([
      { id: 1, pairingId: 1, title: "联合党课" },
      { id: 2, pairingId: 2, title: "引进项目" },
    ]);
    // Still one active pairing of a unit and a village per campaign.
    await expect(
      sql.run(`INSERT INTO "Pairing" ("campaignId", "unitId", "villageId", "startDate", "status", "activeKey", "updatedAt") VALUES (1, 1, 1, '${NOW}', 'ACTIVE', '1:1', '${NOW}')`),
    ).rejects.toThrow();
  });

  it("gives an empty database no campaign", async () => {
    const fresh = await emptyDatabase("campaigns_empty");
    const { before, migration: campaigns } = migrationsUpTo(fresh.kind, MIGRATION);
    try {
      for (const migration of [...before, campaigns]) await fresh.sql.run(migration);
      expect(await fresh.sql.rows(`SELECT "id" FROM "Campaign"`)).toEqual([]);
    } finally {
      await fresh.sql.close();
    }
  });
});
