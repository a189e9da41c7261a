// Replaying migrations on rows: every migration before the one under test is applied to an empty
// database of the suite's engine, rows are written as the app wrote them then, and the migration
// is run on them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createTestDbUrl } from "./test-db";

export type Sql = { run: (sql: string) => Promise<void>; rows: <T>(sql: string) => Promise<T[]>; close: () => Promise<void> };
export type Engine = "sqlite" | "postgres";

/** The SQL of the migrations before `name` and of `name` itself, for the engine. */
export function migrationsUpTo(kind: Engine, name: string) {
  const folder = path.join("prisma", kind, "migrations");
  const names = readdirSync(folder).filter((n) => /^\d{14}_/.test(n)).sort();
  const read = (n: string) => readFileSync(path.join(folder, n, "migration.sql"), "utf8");
  return { before: names.filter((n) => n < name).map(read), migration: read(name) };
}

/** An empty database of the engine the suite runs on: a new SQLite file, or a schema of its own on PostgreSQL. */
export async function emptyDatabase(schema: string): Promise<{ sql: Sql; kind: Engine }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    return {
      kind: "postgres",
      sql: {
        run: async (sql) => void (await client.query(sql)),
        rows: async <T,>(sql: string) => (await client.query(sql)).rows as T[],
        close: async () => {
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      },
    };
  }
  // The suite's template is already migrated: a file beside it starts empty instead.
  const file = (await createTestDbUrl()).replace(/^file:/, "").replace(/\.db$/, `-${schema}.db`);
  const db = new Database(file);
  db.pragma("synchronous = OFF"); // a throwaway file: no need to wait for the disk
  return {
    kind: "sqlite",
    sql: { run: async (sql) => void db.exec(sql), rows: async <T,>(sql: string) => db.prepare(sql).all() as T[], close: async () => void db.close() },
  };
}
