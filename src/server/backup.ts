// Online backups and their restore, for both databases, with the attachment files beside them.
// A backup folder holds the database (SQLite: a copy made with SQLite's online backup API, consistent
// while the app keeps writing; PostgreSQL: a pg_dump archive, one consistent snapshot), the files of
// UPLOAD_DIR, and manifest.json with every table's row count, which a restore checks itself against.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "./database-url";
import { createDb } from "./db-client";

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: "sqlite" | "postgres";
  /** The database's file in the folder. */
  file: string;
  /** Rows per table at the moment of the backup. */
  counts: Record<string, number>;
  /** Attachment files copied. */
  files: number;
};

const SQLITE_FILE = "app.db";
const POSTGRES_FILE = "database.dump";
const UPLOADS = "uploads";

export async function backupDatabase(options: { databaseUrl: string; uploadDir: string; outDir: string }): Promise<BackupManifest> {
  const { databaseUrl, uploadDir, outDir } = options;
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty: a backup goes into a new folder`);
  mkdirSync(outDir, { recursive: true });
  const kind = databaseKind(databaseUrl);
  // Files first, the database, then the files again: every attachment row of the snapshot finds its
  // file (files are written before their row commits and removed only after its removal commits).
  copyUploads(uploadDir, outDir);
  let file: string;
  if (kind === "sqlite") {
    file = SQLITE_FILE;
    const source = new Database(sqliteFilePath(databaseUrl), { readonly: true, fileMustExist: true });
    try {
      await source.backup(path.join(outDir, file));
    } finally {
      source.close();
    }
  } else {
    file = POSTGRES_FILE;
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", path.join(outDir, file), databaseUrl], { stdio: ["ignore", "inherit", "inherit"] });
  }
  const files = copyUploads(uploadDir, outDir);
  const counts = await tableCounts(kind === "sqlite" ? `file:${path.resolve(outDir, file)}` : databaseUrl);
  const manifest: BackupManifest = { format: 1, createdAt: new Date().toISOString(), database: kind, file, counts, files };
  writeFileSync(path.join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores a backup folder into the database of `databaseUrl` and the files into `uploadDir`.
 * SQLite: the file must not exist yet (stop the app and move the old one away first). PostgreSQL:
 * the database's objects are dropped and recreated from the archive. Returns the tables whose row
 * counts differ from the manifest (none after a good restore).
 */
export async function restoreDatabase(options: { backupDir: string; databaseUrl: string; uploadDir: string }) {
  const { backupDir, databaseUrl, uploadDir } = options;
  const manifest = JSON.parse(readFileSync(path.join(backupDir, "manifest.json"), "utf8")) as BackupManifest;
  const kind = databaseKind(databaseUrl);
  if (kind !== manifest.database) throw new Error(`this backup is of a ${manifest.database} database, not ${kind}`);
  if (kind === "sqlite") {
    const target = sqliteFilePath(databaseUrl);
    if (existsSync(target)) throw new Error(`${target} exists: stop the app and move it away before restoring`);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(backupDir, manifest.file), target);
  } else {
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--dbname", databaseUrl, path.join(backupDir, manifest.file)], {
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  if (existsSync(path.join(backupDir, UPLOADS))) cpSync(path.join(backupDir, UPLOADS), uploadDir, { recursive: true });
  const counts = await tableCounts(databaseUrl);
  const differing = Object.keys(manifest.counts).filter((table) => counts[table] !== manifest.counts[table]);
  return { manifest, counts, differing };
}

/** Copies the files not yet in the backup; returns how many the backup holds. */
function copyUploads(uploadDir: string, outDir: string): number {
  const target = path.join(outDir, UPLOADS);
  if (!existsSync(uploadDir)) return 0;
  cpSync(uploadDir, target, { recursive: true, force: false });
  return readdirSync(target, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** Rows in every table of the app (Prisma's migration table left out). */
export async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  const db = createDb(databaseUrl);
  try {
    const tables =
      databaseKind(databaseUrl) === "sqlite"
        ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`)
        : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
      counts[name] = Number(row.n);
    }
    return counts;
  } finally {
    await db.$disconnect();
  }
}
