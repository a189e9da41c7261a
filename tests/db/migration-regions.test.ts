// The regions migration on a database with rows (issue 16): every migration before it is applied to
// an empty database of the engine under test, the rows of a running city are written, then the
// regions migration runs. Nothing may be lost, and everything lands in 铁力市 under 伊春市 and 黑龙江省.
// SQLite: a file of its own; PostgreSQL (TEST_DATABASE_URL): a schema of its own, dropped afterwards.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pgUrl = process.env.TEST_DATABASE_URL;
const engine = pgUrl ? "postgres" : "sqlite";
const folder = path.resolve("prisma", engine, "migrations");
const migrations = readdirSync(folder).filter((name) => /^\d+_/.test(name)).sort();
const regions = migrations.find((name) => name.endsWith("_regions"))!;
const sqlOf = (name: string) => readFileSync(path.join(folder, name, "migration.sql"), "utf8");

type Engine = { exec(sql: string): Promise<void>; rows<T>(sql: string): Promise<T[]>; close(): Promise<void> };

async function open(): Promise<Engine> {
  if (pgUrl) {
    const schema = `migration_regions_${process.pid}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    return {
      exec: async (sql) => void (await client.query(sql)),
      rows: async (sql) => (await client.query(sql)).rows,
      close: async () => {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "gj-migration-regions-"));
  const db = new Database(path.join(dir, "app.db"));
  return {
    exec: async (sql) => void db.exec(sql),
    rows: async <T>(sql: string) => db.prepare(sql).all() as T[],
    close: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A running city's rows as the schema before regions holds them: two townships, two units and
// villages paired, and one user of every kind.
const ROWS = `
INSERT INTO "Township" ("id", "name", "updatedAt") VALUES (1, '铁力镇', '2011-01-01 00:00:00'), (2, '双丰镇', '2011-01-01 00:00:00');
INSERT INTO "Unit" ("id", "name", "kind", "updatedAt") VALUES (1, '市农业局', 'ORGAN', '2011-01-01 00:00:00'), (2, '市水务局', 'ORGAN', '2011-01-01 00:00:00');
INSERT INTO "Village" ("id", "name", "townshipId", "updatedAt") VALUES (1, '满天红村', 1, '2011-01-01 00:00:00'), (2, '丰收村', 2, '2011-01-01 00:00:00');
INSERT INTO "Pairing" ("id", "unitId", "villageId", "startDate", "activeKey", "updatedAt") VALUES (1, 1, 1, '2010-06-01 00:00:00', '1:1', '2011-01-01 00:00:00'), (2, 2, 2, '2010-06-01 00:00:00', '2:2', '2011-01-01 00:00:00');
INSERT INTO "User" ("id", "username", "displayName", "role", "unitId", "villageId", "passwordHash", "updatedAt") VALUES
  (1, 'admin', '组织部', 'ADMIN', NULL, NULL, '!', '2011-01-01 00:00:00'),
  (2, 'leader', '王建国', 'LEADER', NULL, NULL, '!', '2011-01-01 00:00:00'),
  (3, 'liaison', '张海燕', 'LIAISON', 1, NULL, '!', '2011-01-01 00:00:00'),
  (4, 'village', '赵长山', 'VILLAGE', NULL, 1, '!', '2011-01-01 00:00:00'),
  (5, 'sysadmin', '系统管理员', 'SYSADMIN', NULL, NULL, '!', '2011-01-01 00:00:00');
`;

let db: Engine;
beforeAll(async () => {
  db = await open();
  for (const name of migrations.slice(0, migrations.indexOf(regions))) await db.exec(sqlOf(name));
  await db.exec(ROWS);
  await db.exec(sqlOf(regions));
}, 60_000);
afterAll(async () => db?.close());

describe(`the regions migration on ${engine}`, () => {
  it("creates 黑龙江省 → 伊春市 → 铁力市 with their paths", async () => {
    const rows = await db.rows<{ id: number; name: string; level: string; parentId: number | null; path: string }>(`SELECT "id", "name", "level", "parentId", "path" FROM "Region" ORDER BY "id"`);
    expect(rows.map((r) => ({ ...r, id: Number(r.id), parentId: r.parentId === null ? null : Number(r.parentId) }))).toEqual([
      { id: 1, name: "黑龙江省", level: "PROVINCE", parentId: null, path: "/1/" },
      { id: 2, name: "伊春市", level: "PREFECTURE", parentId: 1, path: "/1/2/" },
      { id: 3, name: "铁力市", level: "COUNTY", parentId: 2, path: "/1/2/3/" },
    ]);
  });

  it("keeps every unit, township, village, pairing and user, and puts the registry in 铁力市", async () => {
    const count = async (table: string) => Number((await db.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
    expect({ units: await count("Unit"), townships: await count("Township"), villages: await count("Village"), pairings: await count("Pairing"), users: await count("User") }).toEqual({
      units: 2,
      townships: 2,
      villages: 2,
      pairings: 2,
      users: 5,
    });
    const units = await db.rows<{ name: string; regionId: number }>(`SELECT "name", "regionId" FROM "Unit" ORDER BY "id"`);
    expect(units.map((u) => [u.name, Number(u.regionId)])).toEqual([["市农业局", 3], ["市水务局", 3]]);
    const townships = await db.rows<{ name: string; regionId: number }>(`SELECT "name", "regionId" FROM "Township" ORDER BY "id"`);
    expect(townships.map((t) => [t.name, Number(t.regionId)])).toEqual([["铁力镇", 3], ["双丰镇", 3]]);
    const pairings = await db.rows<{ unitId: number; villageId: number }>(`SELECT "unitId", "villageId" FROM "Pairing" ORDER BY "id"`);
    expect(pairings.map((p) => [Number(p.unitId), Number(p.villageId)])).toEqual([[1, 1], [2, 2]]);
  });

  it("gives the organization department and the leader 铁力市; the other roles no region", async () => {
    const users = await db.rows<{ username: string; regionId: number | null; unitId: number | null; villageId: number | null }>(`SELECT "username", "regionId", "unitId", "villageId" FROM "User" ORDER BY "id"`);
    const byName = Object.fromEntries(users.map((u) => [u.username, u.regionId === null ? null : Number(u.regionId)]));
    expect(byName).toEqual({ admin: 3, leader: 3, liaison: null, village: null, sysadmin: null });
    expect(users.find((u) => u.username === "liaison")?.unitId).not.toBeNull();
  });

  it("lets a second 市农业局 into another region, never twice into one", async () => {
    await db.exec(`INSERT INTO "Region" ("id", "name", "level", "parentId", "path", "updatedAt") VALUES (4, '嘉荫县', 'COUNTY', 2, '/1/2/4/', '2011-01-01 00:00:00')`);
    const [jiayin] = await db.rows<{ id: number }>(`SELECT "id" FROM "Region" WHERE "name" = '嘉荫县'`);
    // Ids given: the rows above were written with theirs, which PostgreSQL's sequences do not see.
    await db.exec(`INSERT INTO "Unit" ("id", "name", "kind", "regionId", "updatedAt") VALUES (3, '市农业局', 'ORGAN', ${Number(jiayin.id)}, '2011-01-01 00:00:00')`);
    await expect(db.exec(`INSERT INTO "Unit" ("id", "name", "kind", "regionId", "updatedAt") VALUES (4, '市农业局', 'ORGAN', 3, '2011-01-01 00:00:00')`)).rejects.toThrow(/Unit_regionId_name_key|UNIQUE/);
  });
});
