// npm run bench:data -- --scale province|small
// Writes the benchmark's database for a scale (scripts/bench/scale.ts): a SQLite file under
// data/bench/, or BENCH_DATABASE_URL for PostgreSQL ("{scale}" in it is replaced by the scale's
// name). The database is emptied first; the demo database is refused.
import { generate } from "./bench/generate";
import { benchDatabaseUrl, scaleFromArgs } from "./bench/scale";
import { openSink } from "./bench/sinks";
import { createDb } from "../src/server/db-client";
import { resolveDatabaseUrl } from "../src/server/database-url";
import { rebuildAggregatesOf } from "./rebuild-aggregates";

export async function buildBenchDatabase(argv: string[]) {
  const scale = scaleFromArgs(argv);
  const url = benchDatabaseUrl(scale);
  if (url === resolveDatabaseUrl(process.env.DATABASE_URL)) throw new Error("the bench database would overwrite the app's own database; set BENCH_DATABASE_URL to another one");
  console.log(`▶ ${scale.name}: ${url.startsWith("file:") ? url.slice(5) : "PostgreSQL"}`);
  const started = Date.now();
  const sink = await openSink(url);
  const counts = await generate(scale, sink, (line) => process.stdout.write(`\r  ${line}`));
  await sink.finish();
  const written = Date.now();
  // The rows went in around the actions: the dashboard's aggregates are computed from them once, at the end.
  await rebuildAggregatesOf(url);
  console.log(`\n▶ built in ${((Date.now() - started) / 1000).toFixed(0)} s (raw rows ${((written - started) / 1000).toFixed(0)} s, aggregates ${((Date.now() - written) / 1000).toFixed(0)} s)`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(24)} ${n.toLocaleString("en").padStart(10)}`);
  await checkIndicators(url);
  return url;
}

/** Both engines must be measured on the same data: every one of the 21 indicators has values. */
async function checkIndicators(url: string) {
  const db = createDb(url);
  try {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(DISTINCT "indicatorId") AS n FROM "ActivityIndicatorValue"`);
    const [{ total }] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT count(*) AS total FROM "Indicator"`);
    console.log(`  indicators with values   ${Number(n)} of ${Number(total)}`);
    if (Number(n) !== Number(total)) throw new Error("some indicators have no values: the engines would not be measured on the same data");
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("bench-data.ts")) {
  buildBenchDatabase(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
