// `npm start`: everything a new machine needs to serve the app on the embedded SQLite database —
// create data/, apply migrations, seed the Tieli demo when the database is empty (a database with
// other data is served as it is), build, serve.
//   --no-build   serve the existing build (used by the browser tests, which build once)
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { prepareForServing } from "../prisma/seed/prepare";
import { createDb } from "../src/server/db-client";
import { databaseKind, ensureSqliteFolder, resolveDatabaseUrl, sqliteFilePath } from "../src/server/database-url";

const port = Number(process.env.PORT ?? 3000);
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** A secret for the local demo, made once and kept beside the database (never committed). */
function localSecret(): string {
  const file = path.resolve("data/.nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[]) {
  execFileSync(command, args, { env: childEnv, stdio: "inherit" });
}

async function main() {
  const kind = databaseKind(url);
  ensureSqliteFolder(url);
  console.log(`▶ database: ${kind === "sqlite" ? sqliteFilePath(url) : "PostgreSQL"}`);
  run("npx", ["prisma", "migrate", "deploy"]);
  const db = createDb(url);
  const { demo, sortKeysFilled } = await prepareForServing(db, url);
  console.log({ seeded: "▶ demo data seeded", present: "▶ demo data already there", otherData: "▶ database holds other data: served as it is, no demo" }[demo]);
  if (sortKeysFilled > 0) console.log(`▶ pinyin sort keys filled for ${sortKeysFilled} names`);
  await db.$disconnect();

  if (!process.argv.includes("--no-build")) run("npx", ["next", "build"]);

  const server = spawn("npx", ["next", "start", "-p", String(port)], { env: childEnv, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  if (await becomesHealthy()) printWelcome();
}

/** Waits for /api/health, so the welcome is printed when the address really answers. */
async function becomesHealthy(): Promise<boolean> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`The server did not answer on http://localhost:${port}/api/health within a minute.`);
  return false;
}

function printWelcome() {
  const rows = DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(10)} ${a.password}   ${a.role.padEnd(8)} ${a.descriptionZh} (${a.descriptionEn})`);
  console.log(
    [
      "",
      `  共建 Gongjian is running at http://localhost:${port}`,
      "  Demo accounts (username, password, role):",
      ...rows,
      "",
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
