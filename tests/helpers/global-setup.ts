// Builds one migrated database per run: a SQLite template file that each test file copies, or,
// when TEST_DATABASE_URL is given, the PostgreSQL database the whole suite then runs against.
// Each run has its own folder, so runs side by side (and browser-test files) never collide.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
  }
}

export default function setup(project: TestProject) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    // Drop everything so the migrations are replayed from scratch, as on a new server.
    execFileSync("psql", [pgUrl, "-q", "-v", "ON_ERROR_STOP=1", "-c", "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], { stdio: "inherit" });
    migrate(pgUrl);
    project.provide("sqliteTemplate", "");
    return;
  }
  const runDir = path.resolve(`tests/.tmp/vitest-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  const template = path.join(runDir, "template.db");
  migrate(`file:${template}`);
  project.provide("sqliteTemplate", template);
  return () => rmSync(runDir, { recursive: true, force: true });
}

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
