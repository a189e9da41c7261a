import "server-only";
import { createDb, type Db } from "./db-client";
import { databaseUrl } from "./env";

export type { Db, DbOrTx, Tx } from "./db-client";

// One client per server process (and one across hot reloads in development).
const globalForDb = globalThis as unknown as { gongjianDb?: Db };

export const db: Db = (globalForDb.gongjianDb ??= createDb(databaseUrl()));
