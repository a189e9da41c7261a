// Days a user types into a form or puts in a URL ("YYYY-MM-DD", read in Asia/Shanghai). One parser
// for all of them: strict format, and a day that does not exist (2011-02-30) is refused — in a
// form next to its field, in a URL filter by ignoring it — never read as another day.
import { z } from "zod";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { first, type SearchParams } from "@/lib/list-params";

/** The day if `value` is a real calendar day written "YYYY-MM-DD", else undefined. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const day = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  try {
    fromShanghaiDay(day);
    return day;
  } catch {
    return undefined;
  }
}

/** A day filter from the query string (`key=YYYY-MM-DD`), or undefined when absent or not a day. */
export function dayParam(params: SearchParams, key: string): string | undefined {
  return parseDay(first(params[key]));
}

/** Today in Asia/Shanghai, "YYYY-MM-DD". */
export function todayInShanghai(now = new Date()): string {
  return shanghaiDay(now);
}

/** A form's calendar day, as a Date at midnight Asia/Shanghai; "validation.date" beside the field otherwise. */
export const calendarDay = () =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .transform((value, ctx) => {
      const day = parseDay(value);
      if (day) return fromShanghaiDay(day);
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    });

export const optionalCalendarDay = () => z.preprocess((v) => (v === "" || v === null ? undefined : v), calendarDay().optional());
