import "server-only";
import { resolveDatabaseUrl } from "./database-url";
import { createDb, type Db } from "./db-client";

export type { Db, DbOrTx, Tx } from "./db-client";

// One client per server process (and one across hot reloads in development). The URL is read
// directly, not through env(), so `next build` can import this module without the secrets.
const globalForDb = globalThis as unknown as { gongjianDb?: Db };

export const db: Db = (globalForDb.gongjianDb ??= createDb(resolveDatabaseUrl(process.env.DATABASE_URL)));
