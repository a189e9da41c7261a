// How an indicator and its values read in either language. Money is stored in whole 元 and shown
// in 万元 once it is large, as Chinese reports do; English readers get plain yuan.
type Labelled = { labelZh: string; labelEn: string; unitZh: string; unitEn: string; isMoney: boolean };
type Translate = (key: string, values?: Record<string, string | number>) => string;

const isZh = (locale: string) => locale.startsWith("zh");

export function indicatorLabel(indicator: Pick<Labelled, "labelZh" | "labelEn">, locale: string) {
  return isZh(locale) ? indicator.labelZh : indicator.labelEn;
}

export function indicatorUnit(indicator: Pick<Labelled, "unitZh" | "unitEn">, locale: string) {
  return isZh(locale) ? indicator.unitZh : indicator.unitEn;
}

/** 1,280,000 → "128"; 40,200 → "4.02": the amount in 万 (ten thousands), at most two decimals. */
export function inWan(yuan: number, locale: string) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(yuan / 10_000);
}

/** A value with its unit; `t` is the "indicators" translator. */
export function formatIndicatorValue(t: Translate, locale: string, indicator: Labelled, value: number) {
  const unit = indicatorUnit(indicator, locale);
  if (indicator.isMoney && isZh(locale) && Math.abs(value) >= 10_000) return t("wanAmount", { amount: inWan(value, locale), unit });
  return t("valueWithUnit", { value: new Intl.NumberFormat(locale).format(value), unit });
}
