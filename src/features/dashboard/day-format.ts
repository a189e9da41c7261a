import "server-only";
import { getFormatter, getLocale } from "next-intl/server";
import { formatCount } from "@/domain/format";
import { fromShanghaiDay } from "@/lib/dates";
import { firstDayOf } from "./period";

/** Formatters for Shanghai days and months in the reader's language (2011年9月13日, 2011年9月). */
export async function getDayFormat() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  return {
    day: (day: string) => format.dateTime(fromShanghaiDay(day), { dateStyle: "long" }),
    date: (date: Date) => format.dateTime(date, { dateStyle: "long" }),
    shortDay: (day: string) => format.dateTime(fromShanghaiDay(day), { year: "numeric", month: "numeric", day: "numeric" }),
    month: (month: string) => format.dateTime(fromShanghaiDay(firstDayOf(month)), { year: "numeric", month: "short" }),
    count: (n: number) => formatCount(n, locale),
  };
}
