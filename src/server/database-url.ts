// Which database the app talks to. DATABASE_URL decides: file:… is SQLite (the embedded default),
// postgresql://… is PostgreSQL. Pure helpers, shared by the app, the scripts and the tests.
import { mkdirSync } from "node:fs";
import path from "node:path";

const DEFAULT_DATABASE_URL = "file:./data/app.db";

export type DatabaseKind = "sqlite" | "postgres";

export function resolveDatabaseUrl(url: string | undefined): string {
  return url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.slice(0, 24)}")`);
}

/** better-sqlite3 does not create missing folders. */
export function ensureSqliteFolder(url: string) {
  if (databaseKind(url) !== "sqlite") return;
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
