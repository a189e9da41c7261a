import "server-only";
// Reads that may lag (dashboard, lists) go to the PostgreSQL replica when there is one; everything
// else reads the primary through `db`. A browser that has just written reads the primary until the
// replica has replayed that write, so a user always sees their own change on the next page: after
// each successful action the primary's WAL position is kept in a cookie, and the replica is asked
// whether it has got that far. Without a replica both functions do nothing (db is used as before).
import { cookies } from "next/headers";
import { cache } from "react";
import { type Db, db, laggingDb, replica } from "./db";

const COOKIE = "gj-wrote-at";
/** Replication normally takes well under a second; after this the cookie is not needed any more. */
const COOKIE_SECONDS = 600;
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

/** After a write by this browser: remember how far the primary's write-ahead log had got. */
export async function noteOwnWrite(): Promise<void> {
  if (!replica) return;
  const [row] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  (await cookies()).set(COOKIE, row.lsn, { httpOnly: true, sameSite: "lax", path: "/", maxAge: COOKIE_SECONDS });
}

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
