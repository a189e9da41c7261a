import "server-only";
import type { DbOrTx } from "@/server/db";
import { monthPeriod, monthsOf, type Period } from "../period";
import { aggregatePlace, wholeMonths } from "./aggregates";
import { figure } from "./figure";
import { type DashboardFilter, verifiedActivityWhere } from "./filter";
import { pledgeCountsPerMonth } from "./pledge-aggregates";

/** The part of a month that lies inside the period (the first and last months may be partial). */
function clipToPeriod(month: string, period: Period): Period {
  const m = monthPeriod(month);
  return { from: m.from < period.from ? period.from : m.from, to: m.to > period.to ? period.to : m.to };
}

/**
 * Verified activities per month. For a region scope the whole months are one grouped read of
 * CountAggregate and only the partial months at the period's edges are counted from the
 * activities; a unit's or a village's few activities are counted month by month.
 */
export async function verifiedPerMonth(db: DbOrTx, filter: DashboardFilter): Promise<{ month: string; period: Period; count: number }[]> {
  const place = await aggregatePlace(db, filter);
  const whole = place && wholeMonths(filter.period);
  const grouped = new Map<string, number>();
  if (place && whole) {
    const rows = await db.countAggregate.groupBy({ by: ["month"], where: { ...place, status: "VERIFIED", month: whole }, _sum: { count: true } });
    for (const r of rows) grouped.set(r.month, r._sum.count ?? 0);
  }
  return Promise.all(
    monthsOf(filter.period).map(async (month) => {
      const period = clipToPeriod(month, filter.period);
      const fromAggregate = whole && month >= whole.gte && month <= whole.lte;
      return { month, period, count: fromAggregate ? (grouped.get(month) ?? 0) : await db.activity.count({ where: verifiedActivityWhere(filter, period) }) };
    }),
  );
}

export type PledgeMonth = { month: string; period: Period; due: number; fulfilled: number; cumulativeDue: number; cumulativeFulfilled: number };

/**
 * Pledges of the period by the month they fall due: how many, how many fulfilled, and the running
 * totals. A region scope's whole months come from PledgeAggregate (pledge-aggregates.ts).
 */
export async function pledgesPerMonth(db: DbOrTx, filter: DashboardFilter): Promise<PledgeMonth[]> {
  const months = (await pledgeCountsPerMonth(db, filter)).map(({ month, period, total, fulfilled }) => ({ month, period, due: total, fulfilled }));
  let cumulativeDue = 0;
  let cumulativeFulfilled = 0;
  return months.map((m) => {
    cumulativeDue += m.due;
    cumulativeFulfilled += m.fulfilled;
    return { ...m, cumulativeDue, cumulativeFulfilled };
  });
}


export const verifiedPerMonthFigure = figure("verifiedPerMonth", ({ db }, filter) => verifiedPerMonth(db, filter));
export const pledgesPerMonthFigure = figure("pledgesPerMonth", ({ db }, filter) => pledgesPerMonth(db, filter));
