// Reads a list page's query string (search, sort, page) into safe values; anything malformed
// falls back to the defaults instead of failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;
/** The page sizes a reader may choose (`size=N`); anything else is the default. */
export const PAGE_SIZES = [20, 50, 100] as const;

export type ListParams<S extends string> = { q: string; page: number; size: number; sort: S; dir: "asc" | "desc" };

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `page=N` (1 … 100,000), or the first page. */
export function pageParam(params: SearchParams): number {
  return z.coerce.number().int().min(1).max(100_000).catch(1).parse(first(params.page) ?? 1);
}

/** `size=N`, one of PAGE_SIZES, or the default. */
export function pageSizeParam(params: SearchParams, defaultSize: number = PAGE_SIZE): number {
  const size = Number(first(params.size));
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : defaultSize;
}

/** The rows of one page: Prisma's skip and take. */
export function pageWindow({ page, size = PAGE_SIZE }: { page: number; size?: number }) {
  return { skip: (Math.max(1, page) - 1) * size, take: size };
}

/** The page and page size a list was asked for: what `pageWindow` and the pager read. */
export function pageRequest(params: SearchParams, defaultSize: number = PAGE_SIZE): { page: number; size: number } {
  return { page: pageParam(params), size: pageSizeParam(params, defaultSize) };
}

/**
 * A list of a province's million records is not counted whole on every view: counting stops past
 * COUNT_CAP rows, or past the page asked for if it lies deeper, and the pager says "more than".
 */
export const COUNT_CAP = 10_000;

/** The `take` of a capped count: one row more than the cap tells that there are more. */
export function countLimit({ page, size = PAGE_SIZE }: { page: number; size?: number }) {
  return Math.max(COUNT_CAP, Math.max(1, page) * size) + 1;
}

/** A capped count as the pager reads it: the total, and whether there are more rows than that. */
export function cappedTotal(counted: number, limit: number): { total: number; more: boolean } {
  return counted >= limit ? { total: limit - 1, more: true } : { total: counted, more: false };
}

/** One page of rows already in memory (lists computed in code: rates, results, health). */
export function pageSlice<T>(rows: T[], request: { page: number; size?: number }): T[] {
  const { skip, take } = pageWindow(request);
  return rows.slice(skip, skip + take);
}

export function parseListParams<S extends string>(params: SearchParams, sorts: readonly [S, ...S[]], defaultDir: "asc" | "desc" = "asc"): ListParams<S> {
  const page = pageParam(params);
  const sort = z.enum(sorts).catch(sorts[0]).parse(first(params.sort));
  const dir = z.enum(["asc", "desc"]).catch(defaultDir).parse(first(params.dir));
  const q = (first(params.q) ?? "").trim().slice(0, 100);
  return { q, page, size: pageSizeParam(params), sort, dir };
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

export function pageCount(total: number, size = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with null where numbers are left out (1 … 4 5 6 7 8 … 37).
 */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}
