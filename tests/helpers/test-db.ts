// A real database for each test file: a copy of the migrated SQLite template, or the shared
// PostgreSQL database of TEST_DATABASE_URL (emptied before each file).
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { createDb, type Db } from "@/server/db-client";

const TEMPLATE_SQLITE = path.resolve("tests/.tmp/template.db");

export async function createTestDb(): Promise<Db> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const db = createDb(pgUrl);
    await truncateAll(db);
    return db;
  }
  const file = path.resolve(`tests/.tmp/${randomUUID()}.db`);
  copyFileSync(TEMPLATE_SQLITE, file);
  return createDb(`file:${file}`);
}

async function truncateAll(db: Db) {
  const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  if (rows.length === 0) return;
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${names} RESTART IDENTITY CASCADE`);
}
