import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame, ChartTable } from "@/components/charts/chart-frame";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import { matrixFigure } from "../queries/activity-matrix";
import { verifiedByAreaFigure } from "../queries/area-counts";
import { countByTownship } from "../queries/breakdowns";
import type { DashboardFilter } from "../queries/filter";
import { verifiedPerMonthFigure } from "../queries/trends";
import { FoldedTable } from "./folded-table";

const cell = "px-2 py-1";
const num = "px-2 py-1 text-right tabular-nums";
const link = "text-brand-700 hover:underline";

export async function MonthlyChart({ filter }: { filter: DashboardFilter }) {
  const [t, f, months] = await Promise.all([getTranslations("dashboard.charts.monthly"), getDayFormat(), loadFigure(verifiedPerMonthFigure, filter)]);
  const data = months.map((m) => ({ month: f.month(m.month), count: m.count }));
  return (
    <ChartFrame
      id="chart-monthly"
      title={t("title")}
      note={t("note")}
      chart={<BarChart data={data} categoryKey="month" series={[{ key: "count", label: t("count"), color: "primary" }]} />}
      table={<FoldedTable table="monthly" filter={filter} />}
    />
  );
}

export async function AreaChart({ filter }: { filter: DashboardFilter }) {
  const [t, tc, ta, f, areas] = await Promise.all([
    getTranslations("dashboard.charts.areas"),
    getTranslations("dashboard.charts"),
    getTranslations("areas"),
    getDayFormat(),
    loadFigure(verifiedByAreaFigure, filter),
  ]);
  return (
    <ChartFrame
      id="chart-areas"
      title={t("title")}
      note={t("note")}
      tableLabel={tc("table")}
      chart={<BarChart layout="bars" labelWidth={104} data={areas.map((a) => ({ area: ta(a.area), count: a.count }))} categoryKey="area" series={[{ key: "count", label: t("count"), color: "primary" }]} />}
      table={
        <ChartTable caption={t("title")} head={[t("area"), t("count")]}>
          {areas.map((a) => (
            <tr key={a.area}>
              <td className={cell}>{ta(a.area)}</td>
              <td className={num}>
                <Link className={link} href={sourceHref.activities(filter, { area: a.area })}>
                  {f.count(a.count)}
                </Link>
              </td>
            </tr>
          ))}
        </ChartTable>
      }
    />
  );
}

export async function TownshipChart({ filter }: { filter: DashboardFilter }) {
  const [t, matrix] = await Promise.all([getTranslations("dashboard.charts.townships"), loadFigure(matrixFigure, filter)]);
  const townships = countByTownship(matrix);
  return (
    <ChartFrame
      id="chart-townships"
      title={t("title")}
      note={t("note")}
      chart={<BarChart layout="bars" labelWidth={96} data={townships.map((tw) => ({ township: tw.townshipName, count: tw.count }))} categoryKey="township" series={[{ key: "count", label: t("count"), color: "secondary" }]} />}
      table={<FoldedTable table="townships" filter={filter} />}
    />
  );
}
