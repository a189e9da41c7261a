// Where the generator's rows go: a SQLite file (better-sqlite3, one transaction, no fsync) or a
// PostgreSQL database (multi-row INSERTs in one transaction). Both start from a freshly migrated,
// empty schema (or, for the tests, from the migrated database they are given) and end with fresh
// planner statistics.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath } from "../../src/server/database-url";
import type { Cell, Sink } from "./generate";

export type OpenSink = Sink & { finish(): Promise<void> };

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "ignore", "inherit"] });
}

const columnList = (columns: string[]) => columns.map((c) => `"${c}"`).join(",");

/** `fresh`: empty and migrate the database first; otherwise it must be migrated and hold no bench rows. */
export async function openSink(url: string, { fresh = true } = {}): Promise<OpenSink> {
  return databaseKind(url) === "sqlite" ? sqliteSink(sqliteFilePath(url), url, fresh) : postgresSink(url, fresh);
}

function sqliteSink(file: string, url: string, fresh: boolean): OpenSink {
  if (fresh) {
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    mkdirSync(path.dirname(file), { recursive: true });
    migrate(url);
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.exec("BEGIN");
  // Prisma stores SQLite DateTime as text like this, so the app's comparisons behave as on real data.
  const cell = (v: Cell) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);
  return {
    async insert(table, columns, rows) {
      const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        const batch = rows.slice(i, i + perStatement);
        const tuple = `(${columns.map(() => "?").join(",")})`;
        db.prepare(`INSERT INTO "${table}" (${columnList(columns)}) VALUES ${batch.map(() => tuple).join(",")}`).run(batch.flat().map(cell));
      }
    },
    async finish() {
      db.exec("COMMIT");
      db.exec("ANALYZE"); // statistics with STAT4, as PRAGMA optimize keeps them on a live database
      db.close();
    },
  };
}

async function postgresSink(url: string, fresh: boolean): Promise<OpenSink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (fresh) {
    await client.query("SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    migrate(url);
  }
  await client.query("BEGIN");
  const tables = new Set<string>();
  return {
    async insert(table, columns, rows) {
      tables.add(table);
      const perStatement = Math.floor(60_000 / columns.length); // under PostgreSQL's 65,535 parameters
      for (let i = 0; i < rows.length; i += perStatement) {
        const batch = rows.slice(i, i + perStatement);
        let n = 0;
        const tuples = batch.map(() => `(${columns.map(() => `$${++n}`).join(",")})`).join(",");
        await client.query(`INSERT INTO "${table}" (${columnList(columns)}) VALUES ${tuples}`, batch.flat());
      }
    },
    async finish() {
      // The generator chose the ids; the sequences continue after them, as the app's inserts need.
      // (A failed statement would turn the COMMIT into a rollback, so only tables with an id sequence.)
      const { rows } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND column_default LIKE 'nextval%'",
      );
      for (const { table_name: table } of rows) {
        if (tables.has(table)) await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
      }
      await client.query("COMMIT");
      await client.query("ANALYZE");
      await client.end();
    },
  };
}
