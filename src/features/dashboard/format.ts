// How the dashboard writes its figures: counts with thousands separators (1,560), money in 万元
// once it reaches ten thousand 元 in Chinese (128万元, 4.02万元), rates with two decimals (97.63%).
// Pure functions shared by server pages and client charts.

export type Figure = { value: string; unit: string };

const TEN_THOUSAND = 10_000;

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * An indicator total with its unit. In Chinese, money of 10,000 元 and more is shown in 万元 with at
 * most two decimals (the exact amount is on the source page); English readers get whole yuan.
 */
export function formatFigure(value: number, unit: string, isMoney: boolean, locale: string): Figure {
  if (isMoney && locale.startsWith("zh") && Math.abs(value) >= TEN_THOUSAND) {
    const wan = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.round(value / 100) / 100);
    return { value: wan, unit: "万元" };
  }
  return { value: formatCount(value, locale), unit };
}

/** Percentage with two decimals, rounded half up on whole hundredths, or null when nothing to divide by. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator * 10_000) / denominator) / 100;
}

/** "97.63%", or "—" when the rate is undefined (no records). */
export function formatRate(numerator: number, denominator: number): string {
  const rate = ratePercent(numerator, denominator);
  return rate === null ? "—" : `${rate.toFixed(2)}%`;
}
