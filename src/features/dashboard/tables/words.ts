import "server-only";
import { getLocale } from "next-intl/server";
import { resolveLocale, type Locale } from "@/i18n/config";
import { type Translate, translatorFor } from "@/i18n/translator";
import { type DayFormat, dayFormatFor } from "../day-format";

/** The reader's language for a table built outside a page render: its messages and formatters. */
export type Words = { locale: Locale; t: Translate; f: DayFormat };

export async function readerWords(): Promise<Words> {
  const locale = resolveLocale(await getLocale());
  return { locale, t: translatorFor(locale), f: dayFormatFor(locale) };
}

/** The messages under one key of the dashboard's namespace. */
export const under = (t: Translate, prefix: string): Translate => (key, params) => t(`dashboard.${prefix}.${key}`, params);
