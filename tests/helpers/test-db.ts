// A real database for each test file: a copy of this run's migrated SQLite template, or the
// shared PostgreSQL database of TEST_DATABASE_URL (emptied before each file).
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "@/server/db-client";
import { ensureTieliRegions } from "@/server/regions";

export async function createTestDb(): Promise<Db> {
  return createDb(await createTestDbUrl());
}

/** The URL of a fresh test database, for a test that opens several clients on it (several app instances). */
export async function createTestDbUrl(): Promise<string> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const db = createDb(pgUrl);
    await truncateAll(db);
    // The regions migration's rows, which every earlier record belongs to (ids 1–3 again after the restart);
    // written in a transaction, as every write on this client must be.
    await db.$transaction((tx) => ensureTieliRegions(tx));
    await db.$disconnect();
    return pgUrl;
  }
  const template = inject("sqliteTemplate");
  const file = path.join(path.dirname(template), `${randomUUID()}.db`);
  copyFileSync(template, file);
  return `file:${file}`;
}

async function truncateAll(db: Db) {
  const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  if (rows.length === 0) return;
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  await db.$transaction((tx) => tx.$executeRawUnsafe(`TRUNCATE ${names} RESTART IDENTITY CASCADE`));
}

/** The same database, counting every Prisma operation it runs (nested includes count once). */
export function countingDb(db: Db) {
  const counter = { operations: 0 };
  const counted = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.operations += 1;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { db: counted, counter };
}
