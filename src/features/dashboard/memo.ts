import "server-only";
import type { DbOrTx } from "@/server/db";
import { readDataVersion } from "@/server/data-version";

// The dashboard's figures, kept in the server process. Every change goes through the one mutation
// path, which bumps the data version in the same transaction (sign-ins and security events do not),
// so that version is cheap to read (a primary-key lookup) and the same on every app instance.
//
// A figure whose version is behind is recomputed — but readers may be served the last computed
// value if it began less than the staleness window ago (DASHBOARD_STALE_SECONDS), while ONE
// recomputation per figure runs in the background once that value is half the window old. Without that, every view after a write waited for
// a recomputation: under a province's load (40 readers, 10 writers) that was minutes per page. A
// reader who has just written asks for at least the version their write made (read-db.ts), so they
// always see their own change; beyond the window everyone waits for current figures. TTL_MS is a
// safety net for writes made outside the app.

type Computation = { version: number; at: number; value: Promise<unknown> };
type Entry = { ready?: Computation; running?: Computation };

/** What a reader accepts instead of the current figures. */
export type Freshness = {
  /** How old (from the start of its computation) a kept value may be; 0: only the current version. */
  staleMs: number;
  /** The data version this reader's own last write made: a kept value must include it. */
  atLeastVersion: number;
};

/** The value, and when it was computed if it is older than the current data (null: current). */
export type Served<T> = { value: Promise<T>; asOf: Date | null };

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;
export const CURRENT_ONLY: Freshness = { staleMs: 0, atLeastVersion: 0 };

const globalForMemo = globalThis as unknown as { gongjianDashboardMemo?: Map<string, Entry> };
const store = (globalForMemo.gongjianDashboardMemo ??= new Map());

export async function dataVersion(db: DbOrTx): Promise<number> {
  return readDataVersion(db);
}

/**
 * The value for `key` at data `version`: the kept one when current; else a kept one the reader
 * accepts (`freshness`) while one recomputation runs for everyone; else the current one, computed
 * once for all concurrent readers.
 */
export function memoize<T>(key: string, version: number, compute: () => Promise<T>, freshness: Freshness = CURRENT_ONLY): Served<T> {
  const now = Date.now();
  const entry = touch(key);
  const current = (c?: Computation) => c !== undefined && c.version === version && now - c.at < TTL_MS;
  const kept = entry.ready;
  if (kept && current(kept)) return { value: kept.value as Promise<T>, asOf: null };
  if (kept && now - kept.at < freshness.staleMs && kept.version >= freshness.atLeastVersion) {
    // Recomputed at most once per half window: while records are saved all day long, the figures
    // would otherwise be recomputed back to back and take the server from every other page.
    if (now - kept.at >= freshness.staleMs / 2) entry.running ??= start(key, entry, version, compute);
    return { value: kept.value as Promise<T>, asOf: new Date(kept.at) };
  }
  const running = entry.running && current(entry.running) ? entry.running : (entry.running = start(key, entry, version, compute));
  return { value: running.value as Promise<T>, asOf: null };
}

function start(key: string, entry: Entry, version: number, compute: () => Promise<unknown>): Computation {
  const computation: Computation = { version, at: Date.now(), value: compute() };
  const finish = (succeeded: boolean) => {
    if (entry.running === computation) entry.running = undefined;
    // A slower computation that began earlier never replaces a later one.
    if (succeeded && (!entry.ready || entry.ready.at <= computation.at)) entry.ready = computation;
    // A failure is not remembered (unless the entry was evicted and made anew meanwhile).
    if (!entry.ready && !entry.running && store.get(key) === entry) store.delete(key);
  };
  computation.value.then(() => finish(true), () => finish(false));
  return computation;
}

/** The entry for `key`, moved to the end: the Map's order is the eviction order. */
function touch(key: string): Entry {
  const entry = store.get(key) ?? {};
  store.delete(key);
  store.set(key, entry);
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  return entry;
}
