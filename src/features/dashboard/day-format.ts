import "server-only";
import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { formatCount } from "@/domain/format";
import { TIME_ZONE } from "@/lib/campaign";
import { fromShanghaiDay } from "@/lib/dates";
import { firstDayOf } from "./period";

export type DayFormat = ReturnType<typeof dayFormatFor>;

/**
 * Formatters for Shanghai days and months in a language (2011年9月13日, 2011年9月). Built from the
 * locale alone, so a route handler formats exactly as the page does.
 */
export function dayFormatFor(locale: string) {
  const format = createFormatter({ locale, timeZone: TIME_ZONE });
  return {
    day: (day: string) => format.dateTime(fromShanghaiDay(day), { dateStyle: "long" }),
    date: (date: Date) => format.dateTime(date, { dateStyle: "long" }),
    shortDay: (day: string) => format.dateTime(fromShanghaiDay(day), { year: "numeric", month: "numeric", day: "numeric" }),
    month: (month: string) => format.dateTime(fromShanghaiDay(firstDayOf(month)), { year: "numeric", month: "short" }),
    count: (n: number) => formatCount(n, locale),
  };
}

/** The formatters in the reader's language. */
export async function getDayFormat() {
  return dayFormatFor(await getLocale());
}
