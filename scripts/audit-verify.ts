// `npm run audit:verify`: walks the audit log's hash chain on DATABASE_URL (default: the SQLite file)
// and prints whether it is whole or where it first breaks; exits 1 on a break, for a cron job.
import { verifyAuditChain } from "../src/server/audit-chain";
import { createDb } from "../src/server/db-client";
import { env } from "../src/server/env";

const db = createDb(env().DATABASE_URL);
const report = await verifyAuditChain(db);
await db.$disconnect();
const chained = report.checked - report.unchained;
if (report.firstBreak) {
  const { id, at, reason } = report.firstBreak;
  const what = reason === "changed" ? "its content was changed after it was written" : "it does not link to the entry before it (an entry was removed or inserted)";
  console.error(`✗ audit chain broken at entry ${id} (${at.toISOString()}): ${what}`);
  process.exit(1);
}
console.log(`✓ audit chain whole: ${chained} entries checked${report.unchained ? `, ${report.unchained} written before the chain began` : ""}`);
