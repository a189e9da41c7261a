import "server-only";
import type { DbOrTx } from "@/server/db";
import { readDataVersion } from "@/server/data-version";

// The dashboard's figures, kept in the server process until the data changes. Every change goes
// through the one mutation path, which bumps the data version in the same transaction (sign-ins and
// security events do not), so that version is cheap to read (a primary-key lookup) and the same on
// every app instance. A figure is
// recomputed when that version moves — so it always agrees with its live source page — or after
// TTL_MS, a safety net for writes made outside the app. At a million activities the grouped
// queries take a second or more; this serves the next viewer of the same view in microseconds.

type Entry = { version: number; at: number; value: Promise<unknown> };

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 500;

const globalForMemo = globalThis as unknown as { gongjianDashboardMemo?: Map<string, Entry> };
const store = (globalForMemo.gongjianDashboardMemo ??= new Map());

export async function dataVersion(db: DbOrTx): Promise<number> {
  return readDataVersion(db);
}

/** The value computed for `key` at this data version, computing it once (concurrent callers share it). */
export function memoize<T>(key: string, version: number, compute: () => Promise<T>): Promise<T> {
  const hit = store.get(key);
  if (hit && hit.version === version && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  store.delete(key); // re-insert at the end: the Map's order is the eviction order
  store.set(key, { version, at: Date.now(), value });
  value.catch(() => store.delete(key)); // a failure is not remembered
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  return value;
}
