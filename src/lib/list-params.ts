// Reads a list page's query string (search, sort, page) into safe values; anything malformed
// falls back to the defaults instead of failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;

export type ListParams<S extends string> = { q: string; page: number; sort: S; dir: "asc" | "desc" };

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `page=N` (1 … 100,000), or the first page. */
export function pageParam(params: SearchParams): number {
  return z.coerce.number().int().min(1).max(100_000).catch(1).parse(first(params.page) ?? 1);
}

export function parseListParams<S extends string>(params: SearchParams, sorts: readonly [S, ...S[]], defaultDir: "asc" | "desc" = "asc"): ListParams<S> {
  const page = pageParam(params);
  const sort = z.enum(sorts).catch(sorts[0]).parse(first(params.sort));
  const dir = z.enum(["asc", "desc"]).catch(defaultDir).parse(first(params.dir));
  const q = (first(params.q) ?? "").trim().slice(0, 100);
  return { q, page, sort, dir };
}

/** An enum filter from the query string, or undefined when absent or unknown. */
export function enumParam<T extends string>(params: SearchParams, key: string, values: readonly [T, ...T[]]): T | undefined {
  return z.enum(values).optional().catch(undefined).parse(first(params[key]) || undefined);
}

/** The same query string with some keys changed (undefined removes a key). */
export function withParams(params: SearchParams, changes: Record<string, string | number | undefined>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const v = first(value);
    if (v !== undefined && v !== "") next.set(key, v);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, String(value));
  }
  const qs = next.toString();
  return qs ? `?${qs}` : "?";
}

export function pageCount(total: number) {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
