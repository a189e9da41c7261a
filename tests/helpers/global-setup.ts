// Builds one migrated database per run: a SQLite template file that each test file copies, or,
// when TEST_DATABASE_URL is given, the PostgreSQL database the whole suite then runs against.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const TEMPLATE_SQLITE = path.resolve("tests/.tmp/template.db");

export default function setup() {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    // Drop everything so the migrations are replayed from scratch, as on a new server.
    execFileSync("psql", [pgUrl, "-q", "-v", "ON_ERROR_STOP=1", "-c", "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], { stdio: "inherit" });
    migrate(pgUrl);
    return;
  }
  rmSync(path.dirname(TEMPLATE_SQLITE), { recursive: true, force: true });
  mkdirSync(path.dirname(TEMPLATE_SQLITE), { recursive: true });
  migrate(`file:${TEMPLATE_SQLITE}`);
}

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
