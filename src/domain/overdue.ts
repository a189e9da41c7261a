// Overdue is derived, never stored, and means one thing everywhere: the due day (in Asia/Shanghai)
// has passed and the item is not done. On the due day itself nothing is overdue yet. Each rule is
// a predicate on a row and a `where` that selects exactly the rows the predicate accepts.
import type { Prisma } from "@/generated/sqlite/client";
import type { PledgeStatus, RectificationStatus } from "@/generated/sqlite/enums";
import { addDays, daysBetween, shanghaiDay, startOfShanghaiDay } from "@/lib/dates";

/** How far ahead "due soon" looks (the liaison's work queue). */
const DUE_SOON_DAYS = 14;

/** A due date lies in a past Shanghai day: it is before today's midnight. */
const duePassed = (dueDate: Date, now: Date) => dueDate < startOfShanghaiDay(now);

export function isPledgeOverdue(pledge: { status: PledgeStatus; dueDate: Date }, now = new Date()): boolean {
  return pledge.status !== "FULFILLED" && duePassed(pledge.dueDate, now);
}

export function pledgeOverdueWhere(now = new Date()): Prisma.PledgeWhereInput {
  return { status: { not: "FULFILLED" }, dueDate: { lt: startOfShanghaiDay(now) } };
}

/** Not fulfilled and due within DUE_SOON_DAYS days from today, or already overdue. */
export function pledgeDueSoonWhere(now = new Date()): Prisma.PledgeWhereInput {
  return { status: { not: "FULFILLED" }, dueDate: { lt: addDays(startOfShanghaiDay(now), DUE_SOON_DAYS + 1) } };
}

export function isRectificationOverdue(item: { status: RectificationStatus; dueDate: Date }, now = new Date()): boolean {
  return item.status !== "CLOSED" && duePassed(item.dueDate, now);
}

export function rectificationOverdueWhere(now = new Date()): Prisma.RectificationWhereInput {
  return { status: { not: "CLOSED" }, dueDate: { lt: startOfShanghaiDay(now) } };
}

/** Whole days an overdue rectification is past its due day (0 when it is not overdue): its age in the liaison's queue. */
export function rectificationDaysOverdue(item: { status: RectificationStatus; dueDate: Date }, now = new Date()): number {
  if (!isRectificationOverdue(item, now)) return 0;
  return daysBetween(shanghaiDay(item.dueDate), shanghaiDay(now));
}
