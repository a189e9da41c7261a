import Link from "next/link";
import { type SearchParams, withParams } from "@/lib/list-params";

/** A column header that sorts the list by its key; a second click reverses the order. */
export function SortHeader({ label, sortKey, params, sort, dir }: { label: string; sortKey: string; params: SearchParams; sort: string; dir: "asc" | "desc" }) {
  const active = sort === sortKey;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left font-medium whitespace-nowrap">
      <Link href={withParams(params, { sort: sortKey, dir: nextDir, page: undefined, after: undefined })} className="inline-flex items-center gap-1 hover:text-brand-700">
        {label}
        <span aria-hidden className="text-xs text-stone-400">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}
