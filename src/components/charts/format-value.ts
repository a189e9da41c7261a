import { formatPercent } from "@/domain/format";

// Tooltip and axis numbers in the reader's language: 1,560 or 97.63%.
export function formatChartValue(value: unknown, locale: string, percent = false): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value ?? "");
  return percent ? formatPercent(n) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}
