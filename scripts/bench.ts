// npm run bench [-- --quick]
// The province-scale benchmark in one run, on the databases `npm run bench:data` wrote (SQLite
// under data/bench/, or BENCH_DATABASE_URL with "{scale}" for PostgreSQL). Prints one table:
// every dashboard figure as the province's, a prefecture's and a county's organization department
// sees it at province scale ÷ small scale, the app ÷ a naive SQL GROUP BY, the
// lists and a ledger, page sizes over HTTP and a load test against the built app (`next build`
// first). Times are medians of several runs, interleaved between the two scales. Not a test.
//   --quick   fewer repetitions and a 10-second load test
//   --reps N  N timed runs of each case (after one warm-up run each)
//   --no-queries, --no-http, --no-import   leave those parts out
//   --load-only   over HTTP, only the load test, at both scales (with --scale S: at that one)
//   --load-seconds N   the load test's length
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createDb, type Db } from "../src/server/db-client";
import { sqliteFilePath } from "../src/server/database-url";
import { AGAINST_NAIVE_SQL, dashboardFigures, LISTS, VIEWERS } from "./bench/cases";
import { fetchPage, loadTest, signIn, startApp } from "./bench/http";
import { importAgainstParse } from "./bench/import";
import type { WriterResult } from "./bench/load-writers";
import { interleaved, median, ms, percentile, ratio, row } from "./bench/measure";
import { BENCH_ADMIN, BENCH_PASSWORD, benchDatabaseUrl, SCALES } from "./bench/scale";
import { LOAD_TITLE, writers } from "./bench/writers";

const quick = process.argv.includes("--quick");
const repsAt = process.argv.indexOf("--reps");
const REPS = repsAt >= 0 ? Number(process.argv[repsAt + 1]) : quick ? 3 : 5;
const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const LOAD_SECONDS = Number(option("--load-seconds") ?? (quick ? 10 : 60));
const loadOnly = process.argv.includes("--load-only");
const onlyScale = option("--scale");
const PORT = Number(process.env.BENCH_PORT ?? 3134);
/** A department's dashboard over all its campaigns: for the province's, every county's. */
const ALL_DASHBOARD = "/dashboard?campaign=all";

async function queries(small: Db, province: Db) {
  console.log(`\n| list (province ADMIN) | small ms | province ms | province ÷ small |\n|---|---|---|---|`);
  for (const c of LISTS) {
    const [s, p] = await interleaved(REPS, () => c.run(small), () => c.run(province));
    row(c.name, ms(s), ms(p), ratio(p / s));
  }
  // Every figure as each department sees it: at province scale the province's department sees all
  // 120 counties, 伊春市's its 10, 铁力市's itself. The smallest region first, so a run cut short on a
  // busy machine still has whole tables for the counties and the prefecture.
  console.log(`\n| dashboard figure | viewer | small ms | province ms | province ÷ small |\n|---|---|---|---|---|`);
  for (const viewer of [...VIEWERS].reverse()) {
    for (const c of dashboardFigures(viewer)) {
      const [s, p] = await interleaved(REPS, () => c.run(small), () => c.run(province));
      row(c.name, viewer.name, ms(s), ms(p), ratio(p / s));
    }
  }
  console.log(`\n| what (province) | app ms | naive SQL ms | app ÷ naive |\n|---|---|---|---|`);
  for (const c of AGAINST_NAIVE_SQL) {
    const [app, naive] = await interleaved(REPS, () => c.app(province), () => c.naive(province));
    row(c.name, ms(app), ms(naive), ratio(app / naive));
  }
}

async function overHttp(scale: "small" | "province", db: Db) {
  const app = await startApp(benchDatabaseUrl(SCALES[scale]), PORT);
  try {
    if (loadOnly) return await load(app.base, db, benchDatabaseUrl(SCALES[scale]));
    const admin = await signIn(app.base, BENCH_ADMIN);
    const sizes: string[] = [];
    for (const path of [ALL_DASHBOARD, "/activities", "/pairings"]) {
      const pages = [];
      for (let i = 0; i < REPS; i++) pages.push(await fetchPage(app.base, admin, path));
      sizes.push(`${path} ${(pages[0].bytes / 1024).toFixed(0)} KB (status ${pages[0].status}, median ${ms(median(pages.map((p) => p.ms)))} ms)`);
    }
    console.log(`\n${scale}: page HTML as the province ADMIN: ${sizes.join("; ")}`);
    // The dashboard as its next viewer sees it after someone saved something (its figures recomputed),
    // for each department: all their campaigns.
    const writer = await writers(db);
    for (const viewer of VIEWERS) {
      const session = viewer.user.username === BENCH_ADMIN ? admin : await signIn(app.base, viewer.user.username);
      const afterWrite: number[] = [];
      for (let i = 0; i < REPS; i++) {
        await writer.write(0);
        afterWrite.push((await fetchPage(app.base, session, ALL_DASHBOARD)).ms);
      }
      console.log(`${scale}: ${ALL_DASHBOARD} first view after a write, ${viewer.name}: median ${ms(median(afterWrite))} ms`);
    }
    if (scale === "province") {
      await load(app.base, db, benchDatabaseUrl(SCALES[scale]));
      firstLoad(app.base);
    }
  } finally {
    await app.stop();
  }
}

/** The JavaScript a browser downloads on a first visit to the main routes (scripts/measure-first-load.ts). */
function firstLoad(base: string) {
  console.log("\nfirst-load JavaScript (province):");
  execFileSync("npx", ["tsx", "scripts/measure-first-load.ts", "--base", base, "/login", "/dashboard", "/activities", "/pairings"], {
    env: { ...process.env, MEASURE_USERNAME: BENCH_ADMIN, MEASURE_PASSWORD: BENCH_PASSWORD },
    stdio: "inherit",
  });
}

/** 50 sessions: 40 reading pages over HTTP, 10 recording activities through the action path. */
async function load(base: string, db: Db, url: string) {
  // All at once, as a shift starting: each must be answered with its session (none refused).
  const started = performance.now();
  const signIns = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => signIn(base, i % 2 ? BENCH_ADMIN : "bench-leader")));
  const readers = signIns.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  console.log(`\n40 concurrent sign-ins: ${40 - readers.length} refused, all answered in ${ms(performance.now() - started)} ms`);
  if (readers.length === 0) throw new Error("no session signed in");
  const paths = [ALL_DASHBOARD, "/activities", "/pairings", "/activities?page=500"];
  // A server that has been up a while: each page seen once by each kind of reader (province
  // department, leader) before the clock starts, so the test measures a working day, not a cold start.
  const warming = performance.now();
  for (const session of readers.slice(0, 2)) for (const path of paths) await fetchPage(base, session, path);
  console.log(`warm-up, each page once per kind of reader, one after another: ${ms(performance.now() - warming)} ms`);
  const before = await db.activity.count({ where: { title: { startsWith: LOAD_TITLE } } });
  // The writers in a process of their own (load-writers.ts), all starting together with the readers.
  const startAt = Date.now() + 15_000;
  const [result, written] = await Promise.all([
    loadTest({ base, cookies: readers, paths, startAt, seconds: LOAD_SECONDS }),
    runWriters(url, startAt),
  ]);
  const saved = (await db.activity.count({ where: { title: { startsWith: LOAD_TITLE } } })) - before;
  const goodWrites = written.writes - written.errors;
  console.log(
    `\nload, ${LOAD_SECONDS} s, 40 reading sessions over HTTP + 10 writers through the action path (another process):\n` +
      `  pages: ${result.requests} requests, ${result.errors} errors, p50 ${ms(percentile(result.latencies, 50))} ms, p99 ${ms(percentile(result.latencies, 99))} ms\n` +
      `  writes: ${written.writes}, ${written.errors} errors, p50 ${ms(percentile(written.latencies, 50))} ms, p99 ${ms(percentile(written.latencies, 99))} ms; rows saved ${saved} of ${goodWrites} (${saved === goodWrites ? "none lost" : "MISMATCH"})` +
      `\n  by page: ${[...result.latenciesByPath].map(([path, l]) => `${path} ${l.length}× p50 ${ms(percentile(l, 50))} ms`).join("; ")}` +
      (written.messages.length ? `\n  write errors: ${written.messages.join(" | ")}` : ""),
  );
}

/** Runs scripts/bench/load-writers.ts on the benchmark's database and reads its one JSON line. */
function runWriters(url: string, startAt: number): Promise<WriterResult> {
  return new Promise((resolve, reject) => {
    const args = ["tsx", "--tsconfig", "scripts/bench/tsconfig.json", "scripts/bench/load-writers.ts", url, String(startAt), String(LOAD_SECONDS)];
    execFile("npx", args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as WriterResult)));
  });
}

async function main() {
  for (const scale of ["small", "province"] as const) {
    const url = benchDatabaseUrl(SCALES[scale]);
    if (url.startsWith("file:") && !existsSync(sqliteFilePath(url))) throw new Error(`no ${scale} database: run npm run bench:data -- --scale ${scale}`);
  }
  const small = createDb(benchDatabaseUrl(SCALES.small));
  const province = createDb(benchDatabaseUrl(SCALES.province));
  try {
    console.log(`benchmark (${quick ? "quick, " : ""}medians of ${REPS}) on ${benchDatabaseUrl(SCALES.province).startsWith("file:") ? "SQLite" : "PostgreSQL"}`);
    const skip = (part: string) => loadOnly || process.argv.includes(part);
    if (!skip("--no-queries")) await queries(small, province);
    if (!skip("--no-import")) {
      const { importMs, parseMs, created } = await importAgainstParse(province, REPS);
      console.log(`\nimport of ${created} activity rows (province): ${ms(importMs)} ms ÷ bare parse ${ms(parseMs)} ms = ${ratio(importMs / parseMs)}`);
    }
    if (!process.argv.includes("--no-http")) {
      if (onlyScale !== "province") await overHttp("small", small);
      if (onlyScale !== "small") await overHttp("province", province);
    }
  } finally {
    await small.$disconnect();
    await province.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
