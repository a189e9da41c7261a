// The dashboard's period: inclusive Shanghai calendar days ("YYYY-MM-DD"), read from the query
// string so a view can be bookmarked and shared. Pure functions, no database.
import { parseDay } from "@/domain/days";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { first, type SearchParams } from "@/lib/list-params";

export type Period = { from: string; to: string };
export type PeriodPreset = "campaign" | "year" | "last12" | "month" | "custom";

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | undefined): value is string {
  return Boolean(value && monthPattern.test(value));
}

export const monthOf = (day: string) => day.slice(0, 7);
export const firstDayOf = (month: string) => `${month}-01`;

export function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return shanghaiDay(addDays(new Date(Date.UTC(y, m, 1)), -1));
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month the period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let m = monthOf(period.from); m <= monthOf(period.to); m = addMonths(m, 1)) months.push(m);
  return months;
}

export const monthPeriod = (month: string): Period => ({ from: firstDayOf(month), to: lastDayOf(month) });

/** The period as instants for a Prisma `where`: from the first day's midnight to the day after the last. */
export function instantRange(period: Period): { gte: Date; lt: Date } {
  return { gte: fromShanghaiDay(period.from), lt: addDays(fromShanghaiDay(period.to), 1) };
}

/**
 * Splits a period for the aggregates: the whole months inside it (read from server/aggregates) and the
 * partial months at its edges (summed from the activities themselves).
 */
export function splitByWholeMonths(period: Period): { whole: { first: string; last: string } | null; edges: Period[] } {
  const firstWhole = period.from === firstDayOf(monthOf(period.from)) ? monthOf(period.from) : addMonths(monthOf(period.from), 1);
  const lastWhole = period.to === lastDayOf(monthOf(period.to)) ? monthOf(period.to) : addMonths(monthOf(period.to), -1);
  if (firstWhole > lastWhole) return { whole: null, edges: [period] };
  const edges: Period[] = [];
  if (period.from < firstDayOf(firstWhole)) edges.push({ from: period.from, to: lastDayOf(addMonths(firstWhole, -1)) });
  if (period.to > lastDayOf(lastWhole)) edges.push({ from: firstDayOf(addMonths(lastWhole, 1)), to: period.to });
  return { whole: { first: firstWhole, last: lastWhole }, edges };
}

/** The three presets offered next to the date fields, relative to today. */
export function presetPeriods(today: string): { year: Period; last12: Period } {
  return {
    year: { from: `${today.slice(0, 4)}-01-01`, to: today },
    // The current month and the eleven before it.
    last12: { from: firstDayOf(addMonths(monthOf(today), -11)), to: today },
  };
}

export type ParsedPeriod = { period: Period; preset: PeriodPreset };

/**
 * Reads `month=YYYY-MM` (a whole month) or `from`/`to`; anything missing or malformed falls back to
 * `fallback` (the whole campaign). A reversed range is put the right way round.
 */
export function parsePeriod(params: SearchParams, fallback: Period, today: string): ParsedPeriod {
  const month = first(params.month);
  if (isMonth(month)) return { period: monthPeriod(month), preset: "month" };
  const from = parseDay(first(params.from));
  const to = parseDay(first(params.to));
  if (!from && !to) return { period: fallback, preset: "campaign" };
  const period = { from: from ?? fallback.from, to: to ?? fallback.to };
  const ordered = period.from <= period.to ? period : { from: period.to, to: period.from };
  return { period: ordered, preset: presetOf(ordered, fallback, today) };
}

function presetOf(period: Period, campaign: Period, today: string): PeriodPreset {
  const presets = presetPeriods(today);
  const same = (p: Period) => p.from === period.from && p.to === period.to;
  if (same(campaign)) return "campaign";
  if (same(presets.year)) return "year";
  if (same(presets.last12)) return "last12";
  if (period.from === firstDayOf(monthOf(period.from)) && period.to === lastDayOf(monthOf(period.from))) return "month";
  return "custom";
}

/** A month from the query string (`key=YYYY-MM`), or the fallback. */
export function parseMonth(params: SearchParams, key: string, fallback: string): string {
  const value = first(params[key]);
  return isMonth(value) ? value : fallback;
}
