import "server-only";
import { formatRate } from "@/domain/format";
import { loadFigure } from "../context";
import { sourceHref } from "../links";
import { matrixFigure } from "../queries/activity-matrix";
import { countByTownship } from "../queries/breakdowns";
import type { DashboardFilter } from "../queries/filter";
import { pledgesPerMonthFigure, verifiedPerMonthFigure } from "../queries/trends";
import type { TableData } from "./table-data";
import { under, type Words } from "./words";

/** The monthly chart's numbers: verified activities per month, each a link to them. */
export async function monthlyTable(filter: DashboardFilter, { t: all, f }: Words): Promise<TableData> {
  const t = under(all, "charts.monthly");
  const months = await loadFigure(verifiedPerMonthFigure, filter);
  return {
    caption: t("title"),
    head: [t("month"), t("count")],
    numeric: true,
    empty: all("dashboard.charts.empty"),
    rows: months.map((m) => ({ key: m.month, cells: [{ text: f.month(m.month) }, { text: f.count(m.count), href: sourceHref.activities({ ...filter, period: m.period }) }] })),
  };
}

/** The pledge chart's numbers: pledges due and fulfilled per month, and the running rate. */
export async function pledgesTable(filter: DashboardFilter, { t: all, f }: Words): Promise<TableData> {
  const t = under(all, "charts.pledges");
  const months = await loadFigure(pledgesPerMonthFigure, filter);
  return {
    caption: t("title"),
    head: [t("month"), t("due"), t("fulfilled"), t("rate")],
    numeric: true,
    empty: all("dashboard.charts.empty"),
    rows: months.map((m) => {
      const inMonth = { ...filter, period: m.period };
      return {
        key: m.month,
        cells: [
          { text: f.month(m.month) },
          { text: f.count(m.due), href: sourceHref.pledges(inMonth, "all") },
          { text: f.count(m.fulfilled), href: sourceHref.pledges(inMonth, "fulfilled") },
          { text: formatRate(m.cumulativeFulfilled, m.cumulativeDue) },
        ],
      };
    }),
  };
}

/** The township chart's numbers: verified activities per township. */
export async function townshipsTable(filter: DashboardFilter, { t: all, f }: Words): Promise<TableData> {
  const t = under(all, "charts.townships");
  const townships = countByTownship(await loadFigure(matrixFigure, filter));
  return {
    caption: t("title"),
    head: [t("township"), t("count")],
    numeric: true,
    empty: all("dashboard.charts.empty"),
    rows: townships.map((tw) => ({
      key: String(tw.townshipId),
      cells: [{ text: tw.townshipName }, { text: f.count(tw.count), href: sourceHref.activities({ ...filter, townshipId: tw.townshipId }) }],
    })),
  };
}
