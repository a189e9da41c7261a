import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame, ChartTable } from "@/components/charts/chart-frame";
import { EmptyState } from "@/components/ui/empty-state";
import { formatRate, ratePercent } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { satisfactionByVillageFigure, surveyRoundsFigure } from "../queries/surveys";

/**
 * How many villages the chart and its table show (the lowest first); the survey's records list them
 * all, a page at a time: a province's 10,000 villages made the dashboard 11 MB.
 */
const CHART_VILLAGES = 15;
const cell = "px-2 py-1";
const num = "px-2 py-1 text-right tabular-nums";

/** Satisfaction by village in the latest survey round of the period, lowest first. */
export async function SatisfactionChart({ filter }: { filter: DashboardFilter }) {
  const [t, tc, f, rounds] = await Promise.all([getTranslations("dashboard.charts.satisfaction"), getTranslations("dashboard.charts"), getDayFormat(), loadFigure(surveyRoundsFigure, filter)]);
  const latest = rounds.at(-1);
  if (!latest) {
    return (
      <section className="rounded-lg border border-stone-200 bg-white p-4" data-testid="chart-satisfaction">
        <h2 className="mb-3 font-semibold text-stone-900">{t("title")}</h2>
        <EmptyState title={tc("empty")} />
      </section>
    );
  }
  const villages = await loadFigure(satisfactionByVillageFigure, filter, latest.round);
  const data = villages.slice(0, CHART_VILLAGES).map((v) => ({
    village: v.villageName,
    pairing: ratePercent(v.satisfiedPairing, v.respondents),
    villageOrg: ratePercent(v.satisfiedVillageOrg, v.respondents),
  }));
  // Start the axis just below the lowest rate drawn, on a multiple of 5, so differences show.
  const lowest = Math.min(...data.flatMap((d) => [d.pairing ?? 100, d.villageOrg ?? 100]));
  const percentFrom = Math.max(0, Math.floor((lowest - 1) / 5) * 5);
  return (
    <ChartFrame
      id="chart-satisfaction"
      title={t("title")}
      note={t("note", { round: f.month(latest.round), count: Math.min(CHART_VILLAGES, villages.length), total: villages.length })}
      tableLabel={tc("table")}
      chart={
        <BarChart
          layout="bars"
          percent
          percentFrom={percentFrom}
          labelWidth={84}
          data={data}
          categoryKey="village"
          series={[
            { key: "pairing", label: t("pairing"), color: "primary" },
            { key: "villageOrg", label: t("villageOrg"), color: "secondary" },
          ]}
        />
      }
      table={
        <>
          <ChartTable caption={t("title")} head={[t("village"), t("respondents"), t("villageOrg"), t("pairing")]}>
            {villages.slice(0, CHART_VILLAGES).map((v) => (
              <tr key={v.villageId}>
                <td className={cell}>
                  <Link className="text-brand-700 hover:underline" href={sourceHref.surveys(filter, { round: latest.round, village: v.villageId })}>
                    {v.villageName}
                  </Link>
                  <span className="ml-1 text-xs text-stone-500">{v.townshipName}</span>
                </td>
                <td className={num}>{f.count(v.respondents)}</td>
                <td className={num}>{formatRate(v.satisfiedVillageOrg, v.respondents)}</td>
                <td className={num}>{formatRate(v.satisfiedPairing, v.respondents)}</td>
              </tr>
            ))}
          </ChartTable>
          {villages.length > CHART_VILLAGES && (
            <p className="mt-2 text-sm">
              <Link className="text-brand-700 hover:underline" href={sourceHref.surveys(filter, { round: latest.round })} data-testid="satisfaction-all">
                {t("all", { total: villages.length })}
              </Link>
            </p>
          )}
          {rounds.length > 1 && (
            <p className="mt-2 text-xs text-stone-500">
              {t("earlier")}{" "}
              {rounds.slice(0, -1).map((r) => (
                <span key={r.round} className="mr-3">
                  {t("earlierRound", { round: f.month(r.round), villageOrg: formatRate(r.satisfiedVillageOrg, r.respondents), pairing: formatRate(r.satisfiedPairing, r.respondents) })}
                </span>
              ))}
            </p>
          )}
        </>
      }
    />
  );
}
