// Formatting of ledger figures, shared by the ledger page and its print view.
import type { LedgerIndicatorValue } from "./ledger";

type NumberFormat = (value: number, options?: { style?: "percent"; minimumFractionDigits?: number; maximumFractionDigits?: number }) => string;

/** "6 场次", "128万元", "1,280,000 yuan": an indicator value with its unit, in the user's language. */
export function indicatorValueText(item: LedgerIndicatorValue, locale: string, number: NumberFormat) {
  const { value, indicator } = item;
  if (locale === "zh-CN") {
    // Money is stored in whole 元; large sums read as 万元, as in the source report.
    if (indicator.isMoney && value >= 10_000) return `${number(value / 10_000, { maximumFractionDigits: 2 })}万元`;
    return `${number(value)}${indicator.unitZh}`;
  }
  return `${number(value)} ${indicator.unitEn}`;
}

export function indicatorLabel(item: LedgerIndicatorValue, locale: string) {
  return locale === "zh-CN" ? item.indicator.labelZh : item.indicator.labelEn;
}

/** A satisfaction rate as a percentage with two decimals (sums over sums, here for one survey). */
export function rateText(satisfied: number, respondents: number, number: NumberFormat) {
  if (respondents === 0) return "—";
  return number(satisfied / respondents, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
