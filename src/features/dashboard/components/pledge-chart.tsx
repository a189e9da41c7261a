import { getTranslations } from "next-intl/server";
import { BarLineChart } from "@/components/charts/bar-line-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ratePercent } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import type { DashboardFilter } from "../queries/filter";
import { pledgesPerMonthFigure } from "../queries/trends";
import { FoldedTable } from "./folded-table";

/** Pledges by the month they fall due, with the running fulfilment rate. */
export async function PledgeChart({ filter }: { filter: DashboardFilter }) {
  const [t, f, months] = await Promise.all([getTranslations("dashboard.charts.pledges"), getDayFormat(), loadFigure(pledgesPerMonthFigure, filter)]);
  const data = months.map((m) => ({ month: f.month(m.month), due: m.due, fulfilled: m.fulfilled, rate: ratePercent(m.cumulativeFulfilled, m.cumulativeDue) }));
  return (
    <ChartFrame
      id="chart-pledges"
      title={t("title")}
      note={t("note")}
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
      table={<FoldedTable table="pledges" filter={filter} />}
    />
  );
}
