import { getTranslations } from "next-intl/server";
import { tableHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import type { LazyTableName } from "../tables/table-data";
import { LazyTable } from "./lazy-table";

/**
 * One of the dashboard's long tables, folded: its rows come from /api/dashboard/tables/<table> for
 * this filter when the reader opens it, so the page does not carry them (issue 13: page weight).
 */
export async function FoldedTable({ table, filter, summary, open, testId }: { table: LazyTableName; filter: DashboardFilter; summary?: string; open?: boolean; testId?: string }) {
  const [t, tc] = await Promise.all([getTranslations("dashboard.lazy"), getTranslations("dashboard.charts")]);
  const src = tableHref(table, filter);
  return <LazyTable key={src} src={src} summary={summary ?? tc("table")} open={open} testId={testId} words={{ loading: t("loading"), failed: t("failed"), retry: t("retry") }} />;
}
