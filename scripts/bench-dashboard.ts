// Benchmark of the dashboard's queries at province scale: builds a database with 10,000 pairings
// and 1,000,000 activities (about 1.5 million indicator values, their rollup, pledges, visits,
// inspections and surveys), then times each dashboard query. Prints timings; not a test.
//   npx tsx --conditions=react-server scripts/bench-dashboard.ts   (SQLite in tests/.tmp; built if missing)
//   BENCH_DB=/tmp/bench.db BENCH_REBUILD=1 BENCH_ACTIVITIES=200000 npx tsx --conditions=react-server …
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench …   (PostgreSQL; the database is emptied)
// (--conditions=react-server lets the "server-only" query modules load outside Next.js.)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { CONTENT_AREAS } from "../src/lib/content-areas";
import { addDays, fromShanghaiDay, shanghaiMonth } from "../src/lib/dates";
import { createDb, type Db } from "../src/server/db-client";
import { activityMatrix } from "../src/features/dashboard/queries/activity-matrix";
import { campaignPeriod } from "../src/features/dashboard/queries/default-period";
import type { DashboardFilter } from "../src/features/dashboard/queries/filter";
import { countConfirmed, countOpenRectifications, countPairingsInEffect, countPending, countPledges, countVerified } from "../src/features/dashboard/queries/headline";
import { indicatorTotals, rawIndicatorTotals } from "../src/features/dashboard/queries/indicator-totals";
import { outcomeTable } from "../src/features/dashboard/queries/outcomes";
import { pairHealth } from "../src/features/dashboard/queries/pair-health";
import { reportingRate } from "../src/features/dashboard/queries/reporting";
import { activitySources, indicatorSources } from "../src/features/dashboard/queries/sources/activity-sources";
import { pledgeSources } from "../src/features/dashboard/queries/sources/record-sources";
import { satisfactionByVillage, surveyRounds } from "../src/features/dashboard/queries/surveys";
import { pledgesPerMonth, verifiedPerMonth } from "../src/features/dashboard/queries/trends";
import { INDICATORS } from "../prisma/seed/data/indicators";
import { Rng } from "../prisma/seed/random";

const FILE = path.resolve(process.env.BENCH_DB ?? "tests/.tmp/bench-dashboard.db");
const PG_URL = process.env.BENCH_DATABASE_URL;
const PAIRINGS = 10_000;
const TOWNSHIPS = 100;
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1_000_000);
const CAMPAIGN_DAYS = 457; // 2010-06-01 … 2011-08-31
const START = fromShanghaiDay("2010-06-01");

/** Prisma's SQLite DateTime text, so the app's comparisons behave as on real data. */
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const NOW = iso(new Date("2011-09-01T00:00:00Z"));

function bulkInsert(db: Database.Database, table: string, columns: string[], rows: unknown[][]) {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const insert = (batch: unknown[][]) =>
    db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${batch.map(() => `(${columns.map(() => "?").join(",")})`).join(",")}`).run(batch.flat());
  for (let i = 0; i < rows.length; i += perStatement) insert(rows.slice(i, i + perStatement));
}

function buildSqlite() {
  console.log(`building ${FILE} …`);
  rmSync(FILE, { force: true });
  mkdirSync(path.dirname(FILE), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${FILE}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  const db = new Database(FILE);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rng = new Rng(1_000_000);
  const started = Date.now();
  const tx = db.transaction(() => {
    bulkInsert(db, "Township", ["name", "sortOrder", "updatedAt"], Array.from({ length: TOWNSHIPS }, (_, i) => [`乡镇${i + 1}`, i, NOW]));
    bulkInsert(db, "Unit", ["name", "searchText", "kind", "updatedAt"], Array.from({ length: PAIRINGS }, (_, i) => [`单位${i + 1}`, `单位${i + 1}`, "ORGAN", NOW]));
    bulkInsert(db, "Village", ["name", "townshipId", "updatedAt"], Array.from({ length: PAIRINGS }, (_, i) => [`村${i + 1}`, (i % TOWNSHIPS) + 1, NOW]));
    bulkInsert(db, "Pairing", ["unitId", "villageId", "startDate", "status", "activeKey", "updatedAt"], Array.from({ length: PAIRINGS }, (_, i) => [i + 1, i + 1, iso(START), "ACTIVE", `${i + 1}:${i + 1}`, NOW]));
    bulkInsert(db, "Indicator", ["code", "labelZh", "labelEn", "unitZh", "unitEn", "group", "isMoney", "sortOrder", "updatedAt"], INDICATORS.map((ind, i) => [ind.code, ind.labelZh, ind.labelEn, ind.unitZh, ind.unitEn, ind.group, ind.isMoney ? 1 : 0, i * 10, NOW]));

    const rollup = new Map<string, [number, number, string, number, number]>();
    const BATCH = 50_000;
    for (let first = 1; first <= ACTIVITIES; first += BATCH) {
      const activities: unknown[][] = [];
      const values: unknown[][] = [];
      for (let id = first; id < Math.min(first + BATCH, ACTIVITIES + 1); id++) {
        const pairingId = rng.int(1, PAIRINGS);
        const date = addDays(START, rng.int(0, CAMPAIGN_DAYS - 1));
        const roll = rng.next();
        const status = roll < 0.9 ? "VERIFIED" : roll < 0.94 ? "SUBMITTED" : roll < 0.97 ? "DRAFT" : "RETURNED";
        const submittedAt = status === "DRAFT" ? null : iso(new Date(date.getTime() + rng.int(1, 96) * 3_600_000));
        const confirmation = status === "VERIFIED" && rng.chance(0.8) ? "CONFIRMED" : "PENDING";
        activities.push([id, pairingId, rng.pick(CONTENT_AREAS), iso(date), `活动${id}`, status, submittedAt, confirmation, NOW, NOW]);
        const used = new Set<number>();
        for (let k = rng.int(0, 3); k > 0; k--) {
          const indicatorId = rng.int(1, INDICATORS.length);
          if (used.has(indicatorId)) continue;
          used.add(indicatorId);
          const value = INDICATORS[indicatorId - 1].isMoney ? rng.int(1, 50) * 1000 : rng.int(1, 20);
          values.push([id, indicatorId, value]);
          if (status === "VERIFIED") {
            const month = shanghaiMonth(date);
            const key = `${pairingId}|${indicatorId}|${month}`;
            const row = rollup.get(key) ?? [pairingId, indicatorId, month, 0, 0];
            row[3] += value;
            row[4] += 1;
            rollup.set(key, row);
          }
        }
      }
      bulkInsert(db, "Activity", ["id", "pairingId", "area", "date", "title", "status", "submittedAt", "confirmation", "createdAt", "updatedAt"], activities);
      bulkInsert(db, "ActivityIndicatorValue", ["activityId", "indicatorId", "value"], values);
      process.stdout.write(`\r  activities ${Math.min(first + BATCH - 1, ACTIVITIES).toLocaleString("en")}`);
    }
    bulkInsert(db, "ActivityRollup", ["pairingId", "indicatorId", "month", "total", "activityCount"], [...rollup.values()]);
    console.log(`, rollup rows ${rollup.size.toLocaleString("en")}`);

    const day = () => iso(addDays(START, rng.int(0, CAMPAIGN_DAYS - 1)));
    bulkInsert(db, "Pledge", ["pairingId", "pledgerName", "content", "dueDate", "status", "updatedAt"], Array.from({ length: 30_000 }, () => [rng.int(1, PAIRINGS), "党员", "承诺", day(), rng.pick(["PROMISED", "IN_PROGRESS", "FULFILLED", "FULFILLED", "FULFILLED"]), NOW]));
    bulkInsert(db, "LeaderVisit", ["pairingId", "date", "leaderName", "updatedAt"], Array.from({ length: 5_000 }, () => [rng.int(1, PAIRINGS), day(), "市领导", NOW]));
    bulkInsert(db, "Inspection", ["date", "kind", "inspectors", "updatedAt"], Array.from({ length: 500 }, () => [day(), "PATROL", "督查组", NOW]));
    const covered = new Set<string>();
    for (let i = 0; i < 5_000; i++) covered.add(`${rng.int(1, 500)}|${rng.int(1, PAIRINGS)}`);
    bulkInsert(db, "InspectionPairing", ["inspectionId", "pairingId"], [...covered].map((k) => k.split("|").map(Number)));
    bulkInsert(db, "Rectification", ["inspectionId", "pairingId", "description", "dueDate", "status", "updatedAt"], Array.from({ length: 1_000 }, () => [rng.int(1, 500), rng.int(1, PAIRINGS), "整改", day(), rng.pick(["OPEN", "IN_PROGRESS", "CLOSED"]), NOW]));
    const surveys: unknown[][] = [];
    for (let v = 1; v <= PAIRINGS; v++) {
      for (const [round, takenOn] of [["2010-12", "2010-12-15"], ["2011-07", "2011-07-15"]]) {
        const respondents = rng.int(80, 160);
        surveys.push([v, round, iso(fromShanghaiDay(takenOn)), respondents, respondents - rng.int(0, 8), respondents - rng.int(0, 6), NOW]);
      }
    }
    bulkInsert(db, "Survey", ["villageId", "period", "takenOn", "respondents", "satisfiedVillageOrg", "satisfiedPairing", "updatedAt"], surveys);
  });
  tx();
  // Statistics for the query planner (with STAT4), as PRAGMA optimize keeps them on a live database.
  db.exec("ANALYZE");
  db.close();
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The same data set on PostgreSQL, generated by the server itself (generate_series). */
async function buildPostgres(url: string) {
  console.log("building the PostgreSQL bench database …");
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  const day = "TIMESTAMP '2010-05-31 16:00:00' + floor(random() * 457)::int * interval '1 day'";
  const pairing = "1 + floor(random() * 10000)::int";
  const money = INDICATORS.flatMap((ind, i) => (ind.isMoney ? [i + 1] : [])).join(",");
  const areas = CONTENT_AREAS.map((a) => `'${a}'`).join(",");
  const statements = [
    "SELECT setseed(0.5)",
    `INSERT INTO "Township"("name","sortOrder","updatedAt") SELECT '乡镇' || i, i, now() FROM generate_series(1, ${TOWNSHIPS}) i`,
    `INSERT INTO "Unit"("name","searchText","kind","updatedAt") SELECT '单位' || i, '单位' || i, 'ORGAN', now() FROM generate_series(1, ${PAIRINGS}) i`,
    `INSERT INTO "Village"("name","townshipId","updatedAt") SELECT '村' || i, (i - 1) % ${TOWNSHIPS} + 1, now() FROM generate_series(1, ${PAIRINGS}) i`,
    `INSERT INTO "Pairing"("unitId","villageId","startDate","status","activeKey","updatedAt") SELECT i, i, TIMESTAMP '2010-05-31 16:00:00', 'ACTIVE', i || ':' || i, now() FROM generate_series(1, ${PAIRINGS}) i`,
    `INSERT INTO "Indicator"("code","labelZh","labelEn","unitZh","unitEn","group","isMoney","sortOrder","updatedAt") VALUES ${INDICATORS.map(
      (ind, i) => `('${ind.code}','${ind.labelZh}','${ind.labelEn.replace(/'/g, "''")}','${ind.unitZh}','${ind.unitEn}','${ind.group}',${ind.isMoney},${i * 10},now())`,
    ).join(",")}`,
    `INSERT INTO "Activity"("id","pairingId","area","date","title","status","submittedAt","confirmation","createdAt","updatedAt")
     SELECT i, ${pairing}, (ARRAY[${areas}])[1 + floor(random() * 6)::int]::"ContentArea", d, '活动' || i, s::"ActivityStatus",
       CASE WHEN s = 'DRAFT' THEN NULL ELSE d + (1 + floor(random() * 96)::int) * interval '1 hour' END,
       (CASE WHEN s = 'VERIFIED' AND random() < 0.8 THEN 'CONFIRMED' ELSE 'PENDING' END)::"Confirmation", now(), now()
     FROM (SELECT i, ${day} AS d, CASE WHEN r < 0.9 THEN 'VERIFIED' WHEN r < 0.94 THEN 'SUBMITTED' WHEN r < 0.97 THEN 'DRAFT' ELSE 'RETURNED' END AS s
           FROM (SELECT i, random() AS r FROM generate_series(1, ${ACTIVITIES}) i) g) x`,
    // 0–3 distinct indicators per activity (13 is prime to 21, so j = 1..3 give different ones).
    `INSERT INTO "ActivityIndicatorValue"("activityId","indicatorId","value")
     SELECT a.id, k.ind, CASE WHEN k.ind IN (${money}) THEN (1 + floor(random() * 50)::int) * 1000 ELSE 1 + floor(random() * 20)::int END
     FROM "Activity" a CROSS JOIN LATERAL (SELECT 1 + (a.id * 7 + j * 13) % ${INDICATORS.length} AS ind FROM generate_series(1, a.id % 4) j) k`,
    `INSERT INTO "ActivityRollup"("pairingId","indicatorId","month","total","activityCount")
     SELECT a."pairingId", v."indicatorId", to_char(a."date" + interval '8 hours', 'YYYY-MM'), sum(v."value"), count(*)
     FROM "ActivityIndicatorValue" v JOIN "Activity" a ON a.id = v."activityId" WHERE a.status = 'VERIFIED' GROUP BY 1, 2, 3`,
    `SELECT setval(pg_get_serial_sequence('"Activity"', 'id'), ${ACTIVITIES})`,
    `INSERT INTO "Pledge"("pairingId","pledgerName","content","dueDate","status","updatedAt")
     SELECT ${pairing}, '党员', '承诺', ${day}, (ARRAY['PROMISED','IN_PROGRESS','FULFILLED','FULFILLED','FULFILLED'])[1 + floor(random() * 5)::int]::"PledgeStatus", now() FROM generate_series(1, 30000)`,
    `INSERT INTO "LeaderVisit"("pairingId","date","leaderName","updatedAt") SELECT ${pairing}, ${day}, '市领导', now() FROM generate_series(1, 5000)`,
    `INSERT INTO "Inspection"("date","kind","inspectors","updatedAt") SELECT ${day}, 'PATROL', '督查组', now() FROM generate_series(1, 500)`,
    `INSERT INTO "InspectionPairing"("inspectionId","pairingId") SELECT DISTINCT 1 + floor(random() * 500)::int, ${pairing} FROM generate_series(1, 5000) ON CONFLICT DO NOTHING`,
    `INSERT INTO "Rectification"("inspectionId","pairingId","description","dueDate","status","updatedAt")
     SELECT 1 + floor(random() * 500)::int, ${pairing}, '整改', ${day}, (ARRAY['OPEN','IN_PROGRESS','CLOSED'])[1 + floor(random() * 3)::int]::"RectificationStatus", now() FROM generate_series(1, 1000)`,
    `INSERT INTO "Survey"("villageId","period","takenOn","respondents","satisfiedVillageOrg","satisfiedPairing","updatedAt")
     SELECT v, r.round, r.taken, n, n - floor(random() * 8)::int, n - floor(random() * 6)::int, now()
     FROM generate_series(1, ${PAIRINGS}) v CROSS JOIN (VALUES ('2010-12', TIMESTAMP '2010-12-14 16:00:00'), ('2011-07', TIMESTAMP '2011-07-14 16:00:00')) r(round, taken)
     CROSS JOIN LATERAL (SELECT 80 + floor(random() * 80)::int + v * 0 AS n) c`,
    "ANALYZE",
  ];
  for (const sql of statements) await client.query(sql);
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "ActivityRollup"');
  await client.end();
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s, rollup rows ${Number(rows[0].n).toLocaleString("en")}`);
}

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm the page cache and the prepared statements
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} ${runs[1].toFixed(0).padStart(6)} ms`);
}

async function bench(db: Db, name: string, filter: DashboardFilter) {
  console.log(`\n${name}  (${filter.period.from} … ${filter.period.to}${filter.townshipId ? `, township ${filter.townshipId}` : ""}${Object.keys(filter.scope).length ? `, scope ${JSON.stringify(filter.scope)}` : ""})`);
  const today = "2026-01-01";
  await time("campaignPeriod (default period)", () => campaignPeriod(db, filter, today));
  await time("indicatorTotals (rollup + edges)", () => indicatorTotals(db, filter));
  await time("rawIndicatorTotals (no rollup, for comparison)", () => rawIndicatorTotals(db, filter));
  await time("outcomeTable (whole §4 table)", () => outcomeTable(db, filter));
  await time("card: pairings in effect", () => countPairingsInEffect(db, filter));
  await time("card: verified activities", () => countVerified(db, filter));
  await time("card: pending (apart)", () => countPending(db, filter));
  await time("card: village-confirmed", () => countConfirmed(db, filter));
  await time("card: pledges", () => countPledges(db, filter));
  await time("card: open rectifications", () => countOpenRectifications(db, filter));
  await time("chart: verified per month", () => verifiedPerMonth(db, filter));
  await time("chart: pledges per month", () => pledgesPerMonth(db, filter));
  await time("activityMatrix (areas, townships, rankings)", () => activityMatrix(db, filter));
  await time("pairHealth (incl. matrix and look-back)", () => pairHealth(db, filter, today));
  await time("chart: satisfaction by village", async () => {
    const round = (await surveyRounds(db, filter)).at(-1)?.round;
    if (round) await satisfactionByVillage(db, filter, round);
  });
  await time("reportingRate (one month)", () => reportingRate(db, filter, "2011-08"));
  await time("source page: indicator, page 1 + total", () => indicatorSources(db, filter, "labour_transferred", { page: 1 }));
  await time("source page: verified activities, page 1", () => activitySources(db, filter, {}, { page: 1 }));
  await time("source page: pledges, page 1", () => pledgeSources(db, filter, "all", { page: 1 }));
}

async function main() {
  let db: Db;
  if (PG_URL) {
    db = createDb(PG_URL);
    if (process.env.BENCH_REBUILD || (await db.activity.count().catch(() => 0)) === 0) {
      await db.$disconnect();
      await buildPostgres(PG_URL);
      db = createDb(PG_URL);
    }
  } else {
    if (!existsSync(FILE) || process.env.BENCH_REBUILD) buildSqlite();
    db = createDb(`file:${FILE}`);
  }
  try {
    const campaign = { from: "2010-06-01", to: "2011-08-31" };
    await bench(db, "leader, whole campaign (whole months: rollup only)", { scope: {}, period: campaign });
    await bench(db, "leader, partial months at both edges", { scope: {}, period: { from: "2010-06-15", to: "2011-03-10" } });
    await bench(db, "leader, one township", { scope: {}, period: campaign, townshipId: 7 });
    await bench(db, "liaison, one unit", { scope: { unitId: 42 }, period: campaign });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
