// The server behind the browser tests: a fresh database (SQLite file, or the PostgreSQL database
// of E2E_DATABASE_URL emptied), migrated and seeded with the demo, then the built app on E2E_PORT.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
// One database per port, so browser-test runs on different ports do not share data.
const url = process.env.E2E_DATABASE_URL ?? `file:./tests/.tmp/e2e-${port}.db`;
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
} else {
  execFileSync("psql", [url, "-q", "-v", "ON_ERROR_STOP=1", "-c", "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], {
    stdio: "inherit",
  });
}

execFileSync("npx", ["tsx", "scripts/start.ts", "--no-build"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    PORT: port,
    NEXTAUTH_SECRET: "e2e-secret-for-browser-tests-only",
    // The specs share sessions saved once at the start (global-setup.ts); a long run must not see
    // them end for idleness. The idle end itself is proven in tests/db/sessions.test.ts.
    SESSION_IDLE_MINUTES: "600",
    // Specs write as one user and read the dashboard as another at once: every reader sees current
    // figures. Serving kept ones during a recomputation is proven in tests/db/dashboard-memo.test.ts.
    DASHBOARD_STALE_SECONDS: "0",
    UPLOAD_DIR: `tests/.tmp/e2e-uploads-${port}`,
  },
});
