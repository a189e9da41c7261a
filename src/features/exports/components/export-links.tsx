import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { withParams, type SearchParams } from "@/lib/list-params";

/** "Export to Excel / CSV" for a list: its export URL with the page's own query string (less the page number). */
export async function ExportLinks({ list, params }: { list: string; params: SearchParams }) {
  const t = await getTranslations("exports");
  const href = (format: string) => `/api/exports/${list}${withParams(params, { page: undefined, format })}`;
  return (
    <span className="flex flex-wrap gap-2" title={t("hint")}>
      <a href={href("xlsx")} className={buttonClass("secondary")} data-testid="export-xlsx" download>
        {t("xlsx")}
      </a>
      <a href={href("csv")} className={buttonClass("secondary")} data-testid="export-csv" download>
        {t("csv")}
      </a>
    </span>
  );
}
