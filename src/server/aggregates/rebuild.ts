// Recomputes every aggregate from the raw rows in one transaction, so readers never see them half
// rebuilt: after bulk inserts (the seed, the benchmark's generator) and as a repair tool
// (`npm run db:rebuild-aggregates`). Inside a caller's transaction the work simply joins it.
import type { Db, DbOrTx } from "../db-client";
import { pledgeRebuildStatements } from "./pledges";
import { rebuildStatements } from "./sql";

export async function rebuildAggregates(db: DbOrTx): Promise<{ values: number; counts: number; pairingAreaMonths: number }> {
  if ("$transaction" in db) return (db as Db).$transaction((tx) => rebuildAggregates(tx), { timeout: 600_000, maxWait: 60_000 });
  for (const statement of [...rebuildStatements(engineOf(db)), ...pledgeRebuildStatements(engineOf(db))]) await db.$executeRawUnsafe(statement);
  const [values, counts, pairingAreaMonths] = [await db.valueAggregate.count(), await db.countAggregate.count(), await db.pairingAreaMonth.count()];
  return { values, counts, pairingAreaMonths };
}

/** Which engine a client or transaction talks to (the generated client says so). */
function engineOf(db: DbOrTx): "sqlite" | "postgres" {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}
