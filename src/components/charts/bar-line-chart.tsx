"use client";
// Columns of counts with a line of a percentage on its own axis (e.g. pledges due and fulfilled
// per month, with the running fulfilment rate).
import { useLocale } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "./bar-chart";
import { CHART_COLORS } from "./chart-colors";
import { formatChartValue } from "./format-value";

type Props = { data: ChartRow[]; categoryKey: string; bars: ChartSeries[]; line: ChartSeries; height?: number };

export function BarLineChart({ data, categoryKey, bars, line, height = 280 }: Props) {
  const locale = useLocale();
  return (
    <ComposedChart responsive style={{ width: "100%", height }} data={data} margin={{ top: 8, right: 0, bottom: 4, left: -8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" vertical={false} />
      <XAxis dataKey={categoryKey} fontSize={12} interval="preserveStartEnd" minTickGap={8} />
      <YAxis yAxisId="count" allowDecimals={false} fontSize={12} width={40} tickFormatter={(v: number) => formatChartValue(v, locale)} />
      <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} fontSize={12} width={44} tickFormatter={(v: number) => `${v}%`} />
      <Tooltip formatter={(value, name) => formatChartValue(value, locale, name === line.label)} cursor={{ fill: "#f5f5f4" }} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {bars.map((s) => (
        <Bar key={s.key} yAxisId="count" dataKey={s.key} name={s.label} fill={CHART_COLORS[s.color]} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
      ))}
      <Line yAxisId="rate" type="monotone" dataKey={line.key} name={line.label} stroke={CHART_COLORS[line.color]} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
    </ComposedChart>
  );
}
