import { first, type SearchParams } from "@/lib/list-params";

/** A "YYYY-MM-DD" filter from the query string, or undefined when absent or malformed. */
export function dayParam(params: SearchParams, key: string): string | undefined {
  const value = first(params[key]);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
