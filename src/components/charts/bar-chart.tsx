"use client";
// A bar chart for one or more series: columns over time, or horizontal bars for long Chinese
// category names. The numbers behind it are in the data table its frame puts underneath.
import { useLocale } from "next-intl";
import { Bar, BarChart as RechartsBarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { CategoryTick, TICK_FONT_SIZE, TICK_LINE_HEIGHT, TICK_MAX_LINES } from "./category-tick";
import { CHART_COLORS, type ChartColor } from "./chart-colors";
import { formatChartValue } from "./format-value";
import { textWidth, wrapLabel } from "./wrap-label";

/** The widest the labels beside bars may grow (English names), leaving a phone room for the bars. */
const MAX_LABEL_WIDTH = 150;

export type ChartSeries = { key: string; label: string; color: ChartColor };
export type ChartRow = Record<string, string | number | null>;

type Props = {
  data: ChartRow[];
  categoryKey: string;
  series: ChartSeries[];
  /** "columns": categories along the bottom; "bars": categories down the side (long names). */
  layout?: "columns" | "bars";
  /** Values are percentages (0–100). */
  percent?: boolean;
  /** Least width of the category labels in "bars" layout; long labels widen it up to MAX_LABEL_WIDTH, then wrap. */
  labelWidth?: number;
  /** Where a percentage axis starts (rates near 100% are told apart only on a zoomed axis). */
  percentFrom?: number;
  height?: number;
};

export function BarChart({ data, categoryKey, series, layout = "columns", percent = false, labelWidth = 112, percentFrom = 0, height }: Props) {
  const locale = useLocale();
  const bars = layout === "bars";
  const labels = data.map((row) => String(row[categoryKey] ?? ""));
  // Room for the longest label on two lines, so English names need not be cut to fit.
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, TICK_FONT_SIZE)));
  const axisWidth = Math.min(MAX_LABEL_WIDTH, Math.max(labelWidth, Math.ceil(longest / 2) + 16));
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l, axisWidth - 8, TICK_FONT_SIZE, TICK_MAX_LINES).lines.length));
  const rowHeight = Math.max(series.length > 1 ? 30 : 24, lines * TICK_LINE_HEIGHT + 8);
  const chartHeight = height ?? (bars ? Math.max(160, data.length * rowHeight + 40) : 260);
  const valueAxis = { type: "number" as const, allowDecimals: false, tickFormatter: (v: number) => (percent ? `${v}%` : formatChartValue(v, locale)), fontSize: 12, ...(percent ? { domain: [percentFrom, 100], allowDataOverflow: true } : {}) };
  const categoryAxis = { type: "category" as const, dataKey: categoryKey, fontSize: 12, interval: 0 as const };
  return (
    <RechartsBarChart
      responsive
      style={{ width: "100%", height: chartHeight }}
      data={data}
      layout={bars ? "vertical" : "horizontal"}
      margin={{ top: 8, right: 16, bottom: 4, left: bars ? 0 : -8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" horizontal={!bars} vertical={bars} />
      {bars ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} interval="preserveStartEnd" minTickGap={8} />}
      {bars ? <YAxis {...categoryAxis} width={axisWidth} tick={(props) => <CategoryTick {...props} width={axisWidth} />} /> : <YAxis {...valueAxis} width={48} />}
      <Tooltip formatter={(value) => formatChartValue(value, locale, percent)} cursor={{ fill: "#f5f5f4" }} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={CHART_COLORS[s.color]} radius={bars ? [0, 3, 3, 0] : [3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
      ))}
    </RechartsBarChart>
  );
}
