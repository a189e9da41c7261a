// Generates the Prisma clients for both databases (postinstall). Both are generated so that one
// build serves either engine; DATABASE_URL decides at run time which one is used.
import { execFileSync } from "node:child_process";

for (const [kind, url] of [
  ["sqlite", "file:./data/app.db"],
  ["postgres", "postgresql://localhost/unused"],
]) {
  execFileSync("npx", ["prisma", "generate", "--no-hints"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`prisma client generated for ${kind}`);
}
