// Benchmark of the evidence checks: how long from a 5 MB phone JPEG arriving with an activity to
// its warnings being stored, through the real action (decode, EXIF, hash, light copies, then the
// transaction: rows, the reuse search among BENCH_PHOTOS other photos, the warnings). Prints
// timings; not a test.
//   npx tsx scripts/bench-photo-checks.ts
//   BENCH_PHOTOS=500000 BENCH_RUNS=10 npx tsx scripts/bench-photo-checks.ts
import { execFileSync } from "node:child_process";
import { register } from "node:module";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { hashBands } from "../src/domain/photo-hash";
import { createDb } from "../src/server/db-client";
import { Rng } from "../prisma/seed/random";
import { makeWorld } from "../tests/helpers/world";
import { runOk } from "../tests/helpers/factories";
import { photoFile, takePhoto } from "../tests/helpers/photos";

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), "gongjian-bench-photos-"));
const file = path.join(dir, "bench.db");
process.env.UPLOAD_DIR = path.join(dir, "uploads");

/** Other activities' photos (hashes only) for the reuse search to look among. */
function fillPhotos(pairingId: number) {
  const sqlite = new Database(file);
  const rng = new Rng(4242);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const activities = Math.ceil(PHOTOS / 5);
  const insertActivity = sqlite.prepare(`INSERT INTO "Activity" ("pairingId","area","date","title","status","updatedAt") VALUES (?,?,?,?,?,?)`);
  const insertPhoto = sqlite.prepare(
    `INSERT INTO "Attachment" ("activityId","fileName","mimeType","size","storageKey","photoHash","hashBand0","hashBand1","hashBand2","hashBand3") VALUES (?,?,?,?,?,?,?,?,?,?)`,
  );
  sqlite.transaction(() => {
    for (let a = 0; a < activities; a++) {
      const { lastInsertRowid } = insertActivity.run(pairingId, "ORG_LIFE", "2011-03-15T00:00:00.000+00:00", `活动${a}`, "VERIFIED", now);
      for (let p = 0; p < 5 && a * 5 + p < PHOTOS; p++) {
        const hash = Array.from({ length: 4 }, () => rng.int(0, 0xffff).toString(16).padStart(4, "0")).join("");
        insertPhoto.run(lastInsertRowid, "照片.jpg", "image/jpeg", 1, `2011-03/bench-${a}-${p}.jpg`, hash, ...hashBands(hash));
      }
    }
  })();
  sqlite.close();
}

// The app's modules are marked "server-only", which throws outside React Server Components; here
// the marker resolves to nothing (as vitest.config.ts does for the tests). The React Server
// condition cannot be used instead: the action path also loads next-intl's client build.
register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
    }`),
);

async function main() {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "ignore" });
  const db = createDb(`file:${file}`);
  const w = await makeWorld(db);
  await db.$transaction((tx) => tx.village.update({ where: { id: w.villageA.id }, data: { latitude: 46.98, longitude: 128.03 } }));
  fillPhotos(w.pairingB.id);
  const { createActivityAction } = await import("../src/features/activities/mutations-recording");
  const { examinePhoto } = await import("../src/features/attachments/photo-facts");

  // A phone photo of about 5 MB: 4000×3000, fine grain, quality 95, with EXIF.
  const photo = await takePhoto({ scene: 50, width: 4000, height: 3000, quality: 95 }, { takenAt: "2011-03-15 10:00:00", gps: { latitude: 46.985, longitude: 128.036 } }, 34);
  console.log(`photo: 4000×3000 JPEG, ${(photo.byteLength / 1024 / 1024).toFixed(2)} MB; ${PHOTOS.toLocaleString("en")} other photos to compare with; ${RUNS} runs`);
  mkdirSync(process.env.UPLOAD_DIR!, { recursive: true });

  const examine: number[] = [];
  const total: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    await examinePhoto(photo, "x.jpg");
    examine.push(performance.now() - started);
    started = performance.now();
    const form = { pairingId: String(w.pairingA.id), area: "MASS_SERVICE", date: "2011-03-15", title: `基准活动${run}`, intent: "submit", files: [photoFile(photo)] };
    const { id } = await runOk(db, w.liaisonA, createActivityAction, form);
    total.push(performance.now() - started);
    // Each run's photo is the same photo as the runs before it: the reuse search finds them all.
    if (run === RUNS - 1) console.log(`last run's warnings: ${JSON.stringify(await db.evidenceWarning.findMany({ where: { activityId: id }, select: { kind: true, measure: true } }))}`);
  }
  const line = (name: string, ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(`${name.padEnd(46)} median ${sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   max ${sorted[sorted.length - 1].toFixed(0).padStart(5)} ms`);
  };
  line("examine the photo (decode, EXIF, hash, copies)", examine);
  line("upload to stored warnings (the whole action)", total);
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
