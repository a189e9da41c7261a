// Benchmark of Excel in and out: the import of BENCH_IMPORT_ROWS (20,000) activity rows through
// the real path (read the .xlsx, preview, commit in one transaction), and the export of
// BENCH_EXPORT_ROWS (100,000) activities as .xlsx and as CSV, streamed in batches. Prints
// timings and the heap's high-water mark; not a test.
//   npx tsx scripts/bench-excel.ts
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npx tsx scripts/bench-excel.ts   (an empty database)
import { execFileSync } from "node:child_process";
import { register } from "node:module";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { createDb } from "../src/server/db-client";
import { translatorFor } from "../src/i18n/translator";
import { makeWorld } from "../tests/helpers/world";
import { asCurrentUser, runOk } from "../tests/helpers/factories";
import { rebuildAggregates } from "../src/server/aggregates";

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const url = process.env.DATABASE_URL ?? `file:${path.join(mkdtempSync(path.join(tmpdir(), "gongjian-bench-excel-")), "bench.db")}`;

// "server-only" resolves to nothing here, as in vitest.config.ts (see bench-photo-checks.ts).
register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
    }`),
);

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  peakHeap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(44)} ${seconds(performance.now() - started).padStart(9)}   heap peak ${mb(peakHeap)}`);
  return result;
}

async function main() {
  const folder = url.startsWith("file:") ? "sqlite" : "postgres";
  execFileSync("npx", ["prisma", "migrate", "deploy", "--schema", `prisma/${folder}`], { env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "ignore" });
  const db = createDb(url);
  const w = await makeWorld(db);
  const unit = await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } });
  const { importCommitAction, previewImport } = await import("../src/features/imports/mutations");
  const { LIST_EXPORTS } = await import("../src/features/exports/lists");
  const { sheetStream } = await import("../src/features/exports/sheet-writer");
  console.log(`database: ${folder}; import ${IMPORT_ROWS.toLocaleString("en")} activity rows, export ${EXPORT_ROWS.toLocaleString("en")} activities`);

  // A liaison's sheet: one row per activity, days in the forms people write, two indicator columns.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("活动");
  sheet.addRow(["共建单位", "乡镇", "结对村", "共建内容", "活动日期", "活动名称", "活动地点", "活动情况", "单位参加人数", "村参加人数", `指标${w.count.code}（项）`, `指标${w.money.code}（元）`]);
  const forms = (d: Date) => [d.toISOString().slice(0, 10), `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}`, `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const day = new Date(Date.UTC(2010, 6, 1) + (i % 400) * 86_400_000);
    sheet.addRow([unit.name, w.township.name, w.villageA.name, "服务群众联做", forms(day)[i % 3], `基准活动${i}`, "村委会", "走访慰问困难党员。", 8, 15, i % 7, (i % 5) * 1000]);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const file = () => new File([bytes], "activities.xlsx");
  console.log(`the sheet: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);

  const t = translatorFor("zh-CN");
  const preview = await timed(`preview ${IMPORT_ROWS} rows (read + check)`, () => previewImport(db, asCurrentUser(w.liaisonA), "activities", file(), t));
  if (preview.created !== IMPORT_ROWS) throw new Error(`expected ${IMPORT_ROWS} rows to create, got ${JSON.stringify({ ...preview, rejected: preview.rejected.slice(0, 3) })}`);
  // Where the commit's time goes: the moment each step starts and ends.
  const steps = new Map<string, [number, number]>();
  const progress = (step: string) => {
    const now = performance.now();
    steps.set(step, [steps.get(step)?.[0] ?? now, now]);
  };
  const committed = await timed(`commit ${IMPORT_ROWS} rows (read + check + write)`, () => runOk(db, w.liaisonA, importCommitAction("activities", progress), { file: [file()] }));
  for (const [step, [from, to]] of steps) console.log(`  ${step.padEnd(6)} ${seconds(to - from)}`);
  console.log(`  created ${committed.created}, ${await db.activityIndicatorValue.count({ where: { activity: { importId: committed.importId } } })} indicator values`);

  // Make up the rest of the export's activities directly (verified, with two values each).
  const existing = await db.activity.count();
  const rest = Math.max(0, EXPORT_ROWS - existing);
  await timed(`(setup: insert ${rest} more activities)`, async () => {
    for (let start = 0; start < rest; start += 5000) {
      const n = Math.min(5000, rest - start);
      await db.$transaction(async (tx) => {
        const created = await tx.activity.createManyAndReturn({
          data: Array.from({ length: n }, (_, i) => ({ pairingId: w.pairingA.id, area: "ORG_LIFE" as const, date: new Date(Date.UTC(2010, 6, 1) + ((start + i) % 400) * 86_400_000 - 8 * 3600_000), title: `导出基准${start + i}`, status: "VERIFIED" as const })),
          select: { id: true },
        });
        await tx.activityIndicatorValue.createMany({ data: created.flatMap((a) => [{ activityId: a.id, indicatorId: w.count.id, value: 2 }, { activityId: a.id, indicatorId: w.money.id, value: 5000 }]) });
      }, { timeout: 60_000 });
    }
    // Inserted around the actions: the dashboard's aggregates are recomputed once.
    await rebuildAggregates(db);
  });
  const total = await db.activity.count();
  for (const format of ["xlsx", "csv"] as const) {
    await timed(`export ${total} activities as ${format}`, async () => {
      const spec = await LIST_EXPORTS.activities.sheet(db, asCurrentUser(w.admin), {});
      const reader = sheetStream(format, [spec]).getReader();
      let size = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.byteLength;
      console.log(`  ${(size / 1024 / 1024).toFixed(1)} MB written`);
    });
  }
  clearInterval(sampler);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
