// Recomputes every aggregate from the raw rows in one transaction, so readers never see them half
// rebuilt: after bulk inserts (the seed, the benchmark's generator) and as a repair tool
// (`npm run db:rebuild-aggregates`). Inside a caller's transaction the work simply joins it.
import type { Db, DbOrTx } from "../db-client";
import { pledgeRebuildStatements } from "./pledges";
import { AGGREGATE_TABLES, rebuildStatements } from "./sql";

type Sizes = { values: number; counts: number; pairingAreaMonths: number; pairingAreaTotals: number; pledges: number };

export async function rebuildAggregates(db: DbOrTx): Promise<Sizes> {
  if (!("$transaction" in db)) return rebuildIn(db);
  const sizes = await (db as Db).$transaction((tx) => rebuildIn(tx), { timeout: 600_000, maxWait: 60_000 });
  // Fresh statistics for the planner once the new rows are committed: with the old ones (taken
  // before a bulk load, or of empty tables) PostgreSQL expected a handful of rows and joined
  // 160,000 of them in a nested loop, a 90 ms count took 5 s (and nothing re-analyzes them where
  // autovacuum is off). On the writer: the reader's connection may not write statistics.
  await (db as Db).$transaction(async (tx) => {
    for (const table of AGGREGATE_TABLES) await tx.$executeRawUnsafe(`ANALYZE "${table}"`);
  }, { timeout: 600_000, maxWait: 60_000 });
  return sizes;
}

async function rebuildIn(tx: DbOrTx): Promise<Sizes> {
  for (const statement of [...rebuildStatements(engineOf(tx)), ...pledgeRebuildStatements(engineOf(tx))]) await tx.$executeRawUnsafe(statement);
  return {
    values: await tx.valueAggregate.count(),
    counts: await tx.countAggregate.count(),
    pairingAreaMonths: await tx.pairingAreaMonth.count(),
    pairingAreaTotals: await tx.pairingAreaTotal.count(),
    pledges: await tx.pledgeAggregate.count(),
  };
}

/** Which engine a client or transaction talks to (the generated client says so). */
function engineOf(db: DbOrTx): "sqlite" | "postgres" {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}
