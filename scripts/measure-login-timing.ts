// Prints how long a failed sign-in takes for a username that exists and for one that does not,
// through the real credential check (bcrypt at the app's cost, throttling, the failure record), on
// a fresh SQLite file. The two must not differ by more than noise, or the time tells which exist.
//   npx tsx scripts/measure-login-timing.ts      (LOGIN_RUNS=40 by default)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../src/server/db-client";
import { hashPassword } from "../src/server/passwords";
import { verifyCredentials } from "../src/server/verify-credentials";

const RUNS = Number(process.env.LOGIN_RUNS ?? 40);
const dir = mkdtempSync(path.join(tmpdir(), "gongjian-login-timing-"));
const file = path.join(dir, "timing.db");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: "ignore" });
  const db = createDb(`file:${file}`);
  const passwordHash = await hashPassword("Real-password-1");
  await db.$transaction((tx) => tx.user.create({ data: { username: "exists", displayName: "存在", role: "LEADER", passwordHash } }));
  const times: Record<"existing" | "unknown", number[]> = { existing: [], unknown: [] };
  for (let i = 0; i < RUNS; i++) {
    // A new address and a cleared account each round, so throttling never answers instead.
    await db.$transaction((tx) => tx.loginThrottle.deleteMany({}));
    for (const [kind, username] of [["existing", "exists"], ["unknown", `nobody${i}`]] as const) {
      const start = performance.now();
      await verifyCredentials(db, { username, password: "wrong-password" }, { source: `10.9.${i}.1` });
      times[kind].push(performance.now() - start);
    }
  }
  const [a, b] = [median(times.existing), median(times.unknown)];
  console.log(`failed sign-in, ${RUNS} runs each: existing user median ${a.toFixed(1)} ms, unknown user median ${b.toFixed(1)} ms, difference ${(Math.abs(a - b) / Math.max(a, b) * 100).toFixed(1)} %`);
  await db.$disconnect();
}

main().finally(() => rmSync(dir, { recursive: true, force: true }));
