// Idle days (距上次已审核活动): whole days from a pairing's last VERIFIED activity — or, with none,
// from its start — to the reference day. The reference day is the earlier of today and the end of
// the period being looked at: the dashboard's period, or the campaign for the ledger and the
// pairing list. A pairing is not idle for days that have not happened yet, nor for days after the
// campaign it was looked at for. Every page says so next to the figure.
import { daysBetween, shanghaiDay } from "@/lib/dates";

/** No verified activity for this many days flags a pairing dormant (DOMAIN.md §5: 60 days). */
export const DORMANT_DAYS = 60;

/** The earlier of today and the period's last day (both "YYYY-MM-DD"). */
export function idleReferenceDay(periodEnd: string, today: string): string {
  return periodEnd < today ? periodEnd : today;
}

/** Days from `since` (last verified activity, else the pairing's start) to `reference`; never negative. */
export function idleDays(since: string, reference: string): number {
  return Math.max(0, daysBetween(since, reference));
}

export const isDormant = (days: number) => days >= DORMANT_DAYS;

/**
 * The reference day of the ledger and the pairing lists, which look at a pairing's whole campaign:
 * the campaign's last day, or today while it runs.
 */
export function campaignReferenceDay(campaignEndsOn: Date, today: string): string {
  return idleReferenceDay(shanghaiDay(campaignEndsOn), today);
}
