import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { first, PAGE_SIZES, pageCount, pageNumbers, pageSizeParam, type SearchParams, withParams } from "@/lib/list-params";
import { buttonClass } from "./button";
import { EmptyState } from "./empty-state";

/**
 * The pager under every list: previous and next, the page numbers around this one, a jump to any
 * page and the page size (a GET form: the list's filters ride along as hidden fields).
 */
/**
 * `more`: the list was counted only up to `total` (list-params.ts, COUNT_CAP) and holds more rows.
 * `after`: where this page ended, for the next link only (keyset; `?after=`): any other page is
 * reached by its number.
 */
export async function Pagination({ params: asked, page, total, more = false, after, defaultSize }: { params: SearchParams; page: number; total: number; more?: boolean; after?: string; defaultSize?: number }) {
  const t = await getTranslations("common.pagination");
  const params = { ...asked, after: undefined };
  const size = pageSizeParam(params, defaultSize);
  const pages = pageCount(total, size);
  const kept = Object.entries(params).flatMap(([key, value]) => (key === "page" || key === "size" || !first(value) ? [] : [[key, first(value) ?? ""] as const]));
  const pageClass = "inline-flex min-w-9 items-center justify-center rounded-md border px-2 py-1.5 tabular-nums";
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-stone-700">
      <span data-testid="list-total">{more ? t("summaryMore", { total, page }) : page > pages && total > 0 ? t("pastTheEnd", { total, page, pages }) : t("summary", { total, page: Math.min(page, pages), pages })}</span>
      <div className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <Link className={buttonClass("secondary")} href={withParams(params, { page: Math.min(page - 1, pages) })} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled>
            {t("previous")}
          </span>
        )}
        <ul className="flex flex-wrap items-center gap-1" data-testid="page-numbers">
          {pageNumbers(page, pages).map((n, i) =>
            n === null ? (
              <li key={`gap-${i}`} aria-hidden className="px-1 text-stone-500">
                …
              </li>
            ) : (
              <li key={n}>
                <Link
                  href={withParams(params, { page: n })}
                  aria-current={n === page ? "page" : undefined}
                  aria-label={t("pageNumber", { page: n })}
                  className={cn(pageClass, n === page ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white hover:bg-stone-50")}
                >
                  {n}
                </Link>
              </li>
            ),
          )}
        </ul>
        {page < pages || more ? (
          <Link className={buttonClass("secondary")} href={withParams(params, { page: page + 1, after })} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled>
            {t("next")}
          </span>
        )}
      </div>
      <form method="get" className="flex flex-wrap items-center gap-2" data-testid="page-jump">
        {kept.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <label className="flex items-center gap-1">
          {t("jumpTo")}
          <input type="number" name="page" min={1} max={pages} placeholder={String(Math.min(page, pages))} className="w-16 rounded-md border border-stone-300 px-2 py-1 tabular-nums" />
          {t("pageUnit", { pages })}
        </label>
        <label className="flex items-center gap-1">
          {t("pageSize")}
          <select name="size" defaultValue={size} className="rounded-md border border-stone-300 bg-white px-2 py-1">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {t("sizeUnit")}
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("go")}
        </button>
      </form>
    </nav>
  );
}

/**
 * What a list shows when this page has no rows: "nothing yet" only when there is nothing at all;
 * a page past the end says so and leads to the last page.
 */
export async function ListEmptyState({ title, total, params }: { title: string; total: number; params: SearchParams }) {
  if (total === 0) return <EmptyState title={title} />;
  const t = await getTranslations("common.pagination");
  const pages = pageCount(total, pageSizeParam(params));
  return (
    <EmptyState title={t("pastTheEndTitle", { pages })}>
      <Link href={withParams(params, { page: pages })} className="text-brand-700 hover:underline" data-testid="last-page-link">
        {t("toLastPage", { pages })}
      </Link>
    </EmptyState>
  );
}
