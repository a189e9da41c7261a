// Database chores for both engines, run through Prisma's CLI with the adapters of prisma.config.ts.
//   deploy                 apply committed migrations to DATABASE_URL (default: the SQLite file)
//   new-migration <name>   write a migration for each engine from the models, one timestamp
//   check                  fail when the models differ from either engine's migrations
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureSqliteFolder, resolveDatabaseUrl } from "../src/server/database-url";

type Kind = "sqlite" | "postgres";
// The shadow database for diffs: SQLite needs none (in memory); PostgreSQL needs a server.
const DIFF_URL: Record<Kind, string> = {
  sqlite: "file::memory:",
  postgres: process.env.SHADOW_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

function prisma(args: string[], url: string, capture = false) {
  return spawnSync("npx", ["prisma", ...args], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
  });
}

function diff(kind: Kind, outFile: string) {
  const result = prisma(
    ["migrate", "diff", "--from-migrations", `prisma/${kind}/migrations`, "--to-schema-datamodel", `prisma/${kind}`, "--script", "--exit-code", "-o", outFile],
    DIFF_URL[kind],
    true,
  );
  if (result.status !== 0 && result.status !== 2) {
    throw new Error(`prisma migrate diff failed for ${kind}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.status === 2;
}

function timestamp() {
  return new Date().toISOString().replace(/\D/g, "").slice(0, 14);
}

function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("name the migration in snake_case, e.g. add_pledge_review");
  const stamp = timestamp();
  const tmp = mkdtempSync(path.join(tmpdir(), "gj-migration-"));
  for (const kind of ["sqlite", "postgres"] as const) {
    const file = path.join(tmp, `${kind}.sql`);
    if (!diff(kind, file)) {
      console.log(`${kind}: models and migrations already agree`);
      continue;
    }
    const dir = path.join("prisma", kind, "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), readFileSync(file, "utf8"));
    writeFileSync(path.join("prisma", kind, "migrations", "migration_lock.toml"), `provider = "${kind === "sqlite" ? "sqlite" : "postgresql"}"\n`);
    console.log(`${kind}: wrote ${dir}/migration.sql`);
  }
  rmSync(tmp, { recursive: true, force: true });
}

function postgresReachable() {
  return spawnSync("pg_isready", ["-d", DIFF_URL.postgres, "-q"]).status === 0;
}

function check() {
  const tmp = mkdtempSync(path.join(tmpdir(), "gj-check-"));
  const kinds: Kind[] = ["sqlite"];
  // The PostgreSQL diff needs a server for its shadow database. CI always has one; a developer
  // without one is told, and CI still checks.
  if (postgresReachable()) kinds.push("postgres");
  else if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${DIFF_URL.postgres}`);
  else console.warn("migrations: PostgreSQL not reachable here, checked SQLite only (CI checks both)");
  const stale = kinds.filter((kind) => diff(kind, path.join(tmp, `${kind}.sql`)));
  rmSync(tmp, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`The models changed without a migration for: ${stale.join(", ")}. Run: npm run db:migration -- <name>`);
    process.exit(1);
  }
  console.log(`migrations: ${kinds.join(" and ")} match prisma/models.prisma`);
}

function deploy() {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  ensureSqliteFolder(url);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "inherit",
  });
}

const [command, arg] = process.argv.slice(2);
if (command === "deploy") deploy();
else if (command === "new-migration") newMigration(arg ?? "");
else if (command === "check") check();
else {
  console.error("usage: tsx scripts/db.ts deploy | new-migration <name> | check");
  process.exit(2);
}
