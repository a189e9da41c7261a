import "server-only";
// Reads that may lag (dashboard, lists) go to the PostgreSQL replica when there is one; everything
// else reads the primary through `db`. A browser that has just written reads the primary until the
// replica has replayed that write, so a user always sees their own change on the next page: after
// each successful action the primary's WAL position is kept in a cookie, and the replica is asked
// whether it has got that far. Without a replica both functions do nothing (db is used as before).
// The same write also keeps the data version it made (a second cookie): while the dashboard's
// figures are recomputed others may see the previous ones (memo.ts), but this browser never does.
import { cookies } from "next/headers";
import { cache } from "react";
import { readDataVersion } from "./data-version";
import { type Db, db, laggingDb, replica } from "./db";
import { env } from "./env";

const COOKIE = "gj-wrote-at";
const VERSION_COOKIE = "gj-wrote-version";
/** Replication normally takes well under a second; after this the cookie is not needed any more. */
const COOKIE_SECONDS = 600;
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

/** After a write by this browser: remember how far the primary's write-ahead log had got. */
export async function noteOwnWrite(): Promise<void> {
  const staleSeconds = env().DASHBOARD_STALE_SECONDS;
  if (staleSeconds > 0) {
    // Read after the commit: at least the version this write made. Twice the window: by then no
    // kept figure computed before the write can be shown to anyone.
    const version = await readDataVersion(db);
    (await cookies()).set(VERSION_COOKIE, String(version), { httpOnly: true, sameSite: "lax", path: "/", maxAge: 2 * staleSeconds });
  }
  if (!replica) return;
  const [row] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  (await cookies()).set(COOKIE, row.lsn, { httpOnly: true, sameSite: "lax", path: "/", maxAge: COOKIE_SECONDS });
}

/** The data version this browser's last write made (0: none lately); its dashboard figures include it. */
export const ownWriteVersion = cache(async (): Promise<number> => {
  const value = Number((await cookies()).get(VERSION_COOKIE)?.value);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
});

/** The handle for this request's reads that may lag: the replica, unless it has not yet replayed this browser's last write. */
export const readDb = cache(async (): Promise<Db> => {
  if (!replica) return db;
  const lsn = (await cookies()).get(COOKIE)?.value;
  if (!lsn || !LSN.test(lsn)) return laggingDb;
  return (await replicaHasReplayed(replica, lsn)) ? laggingDb : db;
});

async function replicaHasReplayed(replica: Db, lsn: string): Promise<boolean> {
  // NULL when the server is not replaying (a promoted replica): it then has everything it will get.
  const [row] = await replica.$queryRaw<{ done: boolean | null }[]>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS done`;
  return row.done !== false;
}
