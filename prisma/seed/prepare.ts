// What `npm start` does to a migrated database before serving it: the Tieli demo into an empty one,
// nothing into one that holds data (a real campaign's, or the benchmark's generated province), then
// the pinyin keys that older databases lack and fresh planner statistics.
import type { Db } from "@/server/db-client";
import { databaseKind } from "@/server/database-url";
import { seedDemo } from "./demo";
import { backfillPinyinSortKeys } from "./pinyin-backfill";

export type Preparation = { demo: "seeded" | "present" | "otherData"; sortKeysFilled: number };

export async function prepareForServing(db: Db, url: string): Promise<Preparation> {
  const result = await seedDemo(db);
  const sortKeysFilled = await backfillPinyinSortKeys(db);
  // Fresh planner statistics: without them SQLite picks poor plans for the dashboard at scale.
  await db.$transaction((tx) => tx.$executeRawUnsafe(databaseKind(url) === "sqlite" ? "PRAGMA optimize=0x10002" : "ANALYZE"));
  return { demo: result.seeded ? "seeded" : result.reason, sortKeysFilled };
}
