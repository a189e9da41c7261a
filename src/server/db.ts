import "server-only";
import { createDbs, type Db } from "./db-client";
import { databaseReplicaUrl, databaseUrl } from "./env";

export type { Db, DbOrTx, Tx } from "./db-client";

// One set of clients per server process (and one across hot reloads in development).
const globalForDb = globalThis as unknown as { gongjianDbs?: ReturnType<typeof createDbs> };
const dbs = (globalForDb.gongjianDbs ??= createDbs(databaseUrl(), databaseReplicaUrl()));

/** The primary: every write, and every read that must see the latest data (sessions, throttling, forms). */
export const db: Db = dbs.db;

/** Reads that may lag behind the primary; take it through readDb() (read-db.ts), never directly. */
export const laggingDb: Db = dbs.laggingDb;

/** The replica itself, for asking how far it has replayed; undefined without one. */
export const replica: Db | undefined = dbs.replica;
