// `npm run db:backup` and `db:restore` on a real database with records and attachment files: a
// backup taken while a transaction is open holds only committed work, and its restore into a fresh
// database finds every record and every file, byte for byte. On SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set (pg_dump / pg_restore into a second database).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase, tableCounts } from "@/server/backup";
import { createDb, type Db } from "@/server/db-client";
import { createActivityAction } from "@/features/activities/mutations-recording";
import { createTestDb } from "../helpers/test-db";
import { runOk, TIELI_REGION_ID } from "../helpers/factories";
import { activityForm, fileOf, makeWorld, tempUploadDir } from "../helpers/world";

const pgUrl = process.env.TEST_DATABASE_URL;
let db: Db;
let sourceUrl: string;
let uploads: string;
let work: string;
beforeAll(async () => {
  uploads = tempUploadDir();
  work = mkdtempSync(path.join(tmpdir(), "gongjian-backup-"));
  db = await createTestDb();
  sourceUrl = pgUrl ?? `file:${(await db.$queryRawUnsafe<{ file: string }[]>("SELECT file FROM pragma_database_list WHERE name = 'main'"))[0].file}`;
  const w = await makeWorld(db);
  for (const title of ["春耕技术培训", "走访慰问困难党员"]) {
    await runOk(db, w.liaisonA, createActivityAction, { ...activityForm(w.pairingA.id, { intent: "submit", title }), files: [fileOf.png(), fileOf.pdf()] });
  }
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(work, { recursive: true, force: true });
  rmSync(uploads, { recursive: true, force: true });
});

/** A database to restore into: a new SQLite file, or a second PostgreSQL database, emptied. */
function restoreTarget() {
  if (!pgUrl) return `file:${path.join(work, "restored", "app.db")}`;
  const url = new URL(pgUrl);
  const name = `${url.pathname.slice(1)}_restore`;
  const admin = new URL(pgUrl);
  admin.pathname = "/postgres";
  execFileSync("psql", [admin.toString(), "-q", "-c", `DROP DATABASE IF EXISTS "${name}"`, "-c", `CREATE DATABASE "${name}"`]);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("a backup and its restore", () => {
  it("holds only committed work while a transaction is open, and restores every record and file", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    // A save in flight: its township must not be in the backup.
    const inFlight = db
      .$transaction(
        async (tx) => {
          await tx.township.create({ data: { name: "未提交镇", regionId: TIELI_REGION_ID } });
          opened();
          await held;
          throw new Error("rolled back on purpose");
        },
        { timeout: 60_000 },
      )
      .catch(() => undefined);
    await isOpen;
    const before = await tableCounts(sourceUrl);
    const manifest = await backupDatabase({ databaseUrl: sourceUrl, uploadDir: uploads, outDir: path.join(work, "backup") });
    release();
    await inFlight;

    expect(manifest.counts).toEqual(before);
    expect(manifest.counts.Activity).toBe(2);
    expect(manifest.counts.Attachment).toBe(4);
    expect(manifest.files).toBeGreaterThanOrEqual(4);

    const target = restoreTarget();
    const restoredUploads = path.join(work, "restored-uploads");
    const { differing, counts } = await restoreDatabase({ backupDir: path.join(work, "backup"), databaseUrl: target, uploadDir: restoredUploads });
    expect(differing).toEqual([]);
    expect(counts).toEqual(before);

    const restored = createDb(target);
    try {
      expect((await restored.activity.findMany({ orderBy: { id: "asc" }, select: { title: true } })).map((a) => a.title)).toEqual(["春耕技术培训", "走访慰问困难党员"]);
      expect(await restored.township.count({ where: { name: "未提交镇" } })).toBe(0);
      const attachments = await restored.attachment.findMany();
      expect(attachments).toHaveLength(4);
      for (const a of attachments) {
        expect(readFileSync(path.join(restoredUploads, a.storageKey))).toEqual(readFileSync(path.join(uploads, a.storageKey)));
      }
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses to restore over an existing SQLite file or into the other kind of database", async () => {
    const backupDir = path.join(work, "backup");
    if (pgUrl) {
      await expect(restoreDatabase({ backupDir, databaseUrl: `file:${path.join(work, "x.db")}`, uploadDir: work })).rejects.toThrow(/postgres/);
    } else {
      await expect(restoreDatabase({ backupDir, databaseUrl: sourceUrl, uploadDir: work })).rejects.toThrow(/exists/);
    }
  });
});
