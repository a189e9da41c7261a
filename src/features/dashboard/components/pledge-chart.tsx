import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarLineChart } from "@/components/charts/bar-line-chart";
import { ChartFrame, ChartTable } from "@/components/charts/chart-frame";
import { formatRate, ratePercent } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { pledgesPerMonthFigure } from "../queries/trends";

const cell = "px-2 py-1";
const num = "px-2 py-1 text-right tabular-nums";
const link = "text-brand-700 hover:underline";

/** Pledges by the month they fall due, with the running fulfilment rate. */
export async function PledgeChart({ filter }: { filter: DashboardFilter }) {
  const [t, tc, f, months] = await Promise.all([getTranslations("dashboard.charts.pledges"), getTranslations("dashboard.charts"), getDayFormat(), loadFigure(pledgesPerMonthFigure, filter)]);
  const data = months.map((m) => ({ month: f.month(m.month), due: m.due, fulfilled: m.fulfilled, rate: ratePercent(m.cumulativeFulfilled, m.cumulativeDue) }));
  return (
    <ChartFrame
      id="chart-pledges"
      title={t("title")}
      note={t("note")}
      tableLabel={tc("table")}
      chart={
        <BarLineChart
          data={data}
          categoryKey="month"
          bars={[
            { key: "due", label: t("due"), color: "muted" },
            { key: "fulfilled", label: t("fulfilled"), color: "primary" },
          ]}
          line={{ key: "rate", label: t("rate"), color: "tertiary" }}
        />
      }
      table={
        <ChartTable caption={t("title")} head={[t("month"), t("due"), t("fulfilled"), t("rate")]}>
          {months.map((m) => {
            const inMonth = { ...filter, period: m.period };
            return (
              <tr key={m.month}>
                <td className={cell}>{f.month(m.month)}</td>
                <td className={num}>
                  <Link className={link} href={sourceHref.pledges(inMonth, "all")}>
                    {f.count(m.due)}
                  </Link>
                </td>
                <td className={num}>
                  <Link className={link} href={sourceHref.pledges(inMonth, "fulfilled")}>
                    {f.count(m.fulfilled)}
                  </Link>
                </td>
                <td className={num}>{formatRate(m.cumulativeFulfilled, m.cumulativeDue)}</td>
              </tr>
            );
          })}
        </ChartTable>
      }
    />
  );
}
