// npm run db:seed — loads the Tieli demo data set into DATABASE_URL (default: the SQLite file).
// Safe to run again: when the demo is already there it says so and changes nothing.
import { createDb } from "@/server/db-client";
import { resolveDatabaseUrl } from "@/server/database-url";
import { seedDemo } from "./demo";
import { DEMO_ACCOUNTS } from "./demo-accounts";

async function main() {
  const db = createDb(resolveDatabaseUrl(process.env.DATABASE_URL));
  try {
    const started = Date.now();
    const result = await seedDemo(db);
    if (!result.seeded) {
      console.log(
        result.reason === "present"
          ? "Demo data already present (unit 市农业局 exists); nothing changed."
          : "The database already holds other data; the demo goes only into an empty database. Nothing changed.",
      );
      return;
    }
    console.log(`Seeded the Tieli demo in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const [name, count] of Object.entries(result.summary)) console.log(`  ${name.padEnd(20)} ${count}`);
    console.log(`Demo accounts (password ${DEMO_ACCOUNTS[0].password}): ${DEMO_ACCOUNTS.map((a) => a.username).join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  // P2021: a table is missing, i.e. the database has not been migrated yet.
  if (typeof error === "object" && error !== null && "code" in error && error.code === "P2021") {
    console.error("The database has no tables yet. Run `npm run db:deploy` first, then `npm run db:seed`.");
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
