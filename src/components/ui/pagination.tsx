import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageCount, type SearchParams, withParams } from "@/lib/list-params";
import { buttonClass } from "./button";

export async function Pagination({ params, page, total }: { params: SearchParams; page: number; total: number }) {
  const t = await getTranslations("common.pagination");
  const pages = pageCount(total);
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
      <span data-testid="list-total">{t("summary", { total, page: Math.min(page, pages), pages })}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary")} href={withParams(params, { page: page - 1 })} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled>
            {t("previous")}
          </span>
        )}
        {page < pages ? (
          <Link className={buttonClass("secondary")} href={withParams(params, { page: page + 1 })} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "pointer-events-none opacity-50")} aria-disabled>
            {t("next")}
          </span>
        )}
      </span>
    </nav>
  );
}
