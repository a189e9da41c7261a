import { getLocale, getTranslations } from "next-intl/server";
import { tableHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import type { LazyTableName } from "../tables/table-data";
import { LazyTable } from "./lazy-table";

/**
 * One of the dashboard's long tables, folded: its rows come from /api/dashboard/tables/<table> for
 * this filter when the reader opens it, so the page does not carry them (issue 13: page weight).
 */
export async function FoldedTable({ table, filter, summary, open, testId }: { table: LazyTableName; filter: DashboardFilter; summary?: string; open?: boolean; testId?: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("dashboard.lazy"), getTranslations("dashboard.charts"), getLocale()]);
  const src = tableHref(table, filter);
  // A new filter or language is a new table: keyed so, the browser fetches it afresh.
  return <LazyTable key={`${locale} ${src}`} src={src} summary={summary ?? tc("table")} open={open} testId={testId} words={{ loading: t("loading"), failed: t("failed"), retry: t("retry") }} />;
}
