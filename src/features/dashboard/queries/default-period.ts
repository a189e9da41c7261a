import "server-only";
import { REPORTED_STATUSES } from "@/domain/activity-status";
import type { DbOrTx } from "@/server/db";
import { shanghaiDay } from "@/lib/dates";
import { firstDayOf, lastDayOf, monthOf, type Period, presetPeriods } from "../period";
import { scopeFigure } from "./figure";
import { type DashboardFilter, onPairing } from "./filter";

/**
 * "The whole campaign" when the URL names no period: from the first day of the month of the
 * earliest reported activity (verified or awaiting review) to the last day of the month of the
 * latest one, in the user's scope (not the township's, so choosing a township keeps the period).
 * Whole months keep the figures on the aggregates' fast path; on the demo this is exactly the
 * campaign, 2010-06-01 … 2011-08-31. With no activity yet: this year so far.
 */
export async function campaignPeriod(db: DbOrTx, filter: Pick<DashboardFilter, "scope">, today: string): Promise<Period> {
  // One status and one direction per query: each is a single step down the (status, date) index,
  // where a MIN and MAX over several statuses would read every row.
  const edge = (status: (typeof REPORTED_STATUSES)[number], direction: "asc" | "desc") =>
    db.activity.findFirst({ where: { status, ...onPairing(filter) }, orderBy: { date: direction }, select: { date: true } });
  const found = await Promise.all(REPORTED_STATUSES.flatMap((status) => [edge(status, "asc"), edge(status, "desc")]));
  const days = found.flatMap((row) => (row ? [shanghaiDay(row.date)] : [])).sort();
  if (days.length === 0) return presetPeriods(today).year;
  return { from: firstDayOf(monthOf(days[0])), to: lastDayOf(monthOf(days[days.length - 1])) };
}

export const campaignFigure = scopeFigure("campaign", ({ db }, filter, today: string) => campaignPeriod(db, filter, today));
