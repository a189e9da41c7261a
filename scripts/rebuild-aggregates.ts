// `npm run db:rebuild-aggregates [-- --url <database url>]`: recomputes the dashboard's aggregates
// (src/server/aggregates) from the raw rows of DATABASE_URL (default: the SQLite file), in one
// transaction. For after bulk inserts that bypass the actions, and as a repair tool: the app keeps
// them in step with every write on its own.
import { rebuildAggregates } from "../src/server/aggregates";
import { createDb } from "../src/server/db-client";
import { env } from "../src/server/env";

export async function rebuildAggregatesOf(url: string) {
  const db = createDb(url);
  try {
    const started = Date.now();
    const rows = await rebuildAggregates(db);
    console.log(`✓ aggregates rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows.values} value rows, ${rows.counts} count rows, ${rows.pairingAreaMonths} pairing × area × month rows, ${rows.pairingAreaTotals} pairing × area rows, ${rows.pledges} pledge rows`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("rebuild-aggregates.ts")) {
  const at = process.argv.indexOf("--url");
  await rebuildAggregatesOf(at >= 0 ? process.argv[at + 1] : env().DATABASE_URL);
}
