// How figures read, in either language, on every page, print view and chart that shows them:
// counts with thousands separators (1,560); money stored in whole 元 and, in Chinese, shown in 万元
// from ten thousand 元 with at most two decimals, rounded half up (128万元, 4.03万元) — English
// readers get whole yuan; rates as sums over sums with two decimals (97.63%), as the source report
// writes them. Pure functions: server pages and client components alike.

/** A figure split for display; `wan` when money is shown in 万元 (the exact amount may then be offered beside it). */
export type Figure = { value: string; unit: string; wan: boolean };

type Labelled = { labelZh: string; labelEn: string };
type Measured = { unitZh: string; unitEn: string; isMoney: boolean };

const TEN_THOUSAND = 10_000;

const isChinese = (locale: string) => locale.startsWith("zh");

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** 1,280,000 元 → "128"; 40,250 → "4.03": the amount in 万, rounded half up on whole hundreds of 元. */
export function formatWan(yuan: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.round(yuan / 100) / 100);
}

/** A total with its unit: money of 10,000 元 and more in 万元 in Chinese; everything else as a count. */
export function formatAmount(value: number, unit: string, isMoney: boolean, locale: string): Figure {
  if (isMoney && isChinese(locale) && Math.abs(value) >= TEN_THOUSAND) return { value: formatWan(value, locale), unit: "万元", wan: true };
  return { value: formatCount(value, locale), unit, wan: false };
}

/** "6场次", "4.03万元", "1,280,000 yuan": Chinese writes the unit close, English after a space. */
export function figureText(figure: Figure, locale: string): string {
  return isChinese(locale) ? `${figure.value}${figure.unit}` : `${figure.value} ${figure.unit}`;
}

export function indicatorLabel(indicator: Labelled, locale: string): string {
  return isChinese(locale) ? indicator.labelZh : indicator.labelEn;
}

export function indicatorUnit(indicator: Pick<Measured, "unitZh" | "unitEn">, locale: string): string {
  return isChinese(locale) ? indicator.unitZh : indicator.unitEn;
}

/** An indicator's value with its unit, in the reader's language. */
export function indicatorValueText(indicator: Measured, value: number, locale: string): string {
  return figureText(formatAmount(value, indicatorUnit(indicator, locale), indicator.isMoney, locale), locale);
}

/** Percentage with two decimals, rounded half up on whole hundredths, or null when nothing to divide by. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator * 10_000) / denominator) / 100;
}

/** A percentage already computed (a chart's value): "97.63%", or "—" for none. */
export function formatPercent(percent: number | null): string {
  return percent === null ? "—" : `${percent.toFixed(2)}%`;
}

/** "97.63%", or "—" when the rate is undefined (no records). */
export function formatRate(numerator: number, denominator: number): string {
  return formatPercent(ratePercent(numerator, denominator));
}

/** A file's size as people read it: "27 KB" under a megabyte (never "0.0 MB"), "1.2 MB" above. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
