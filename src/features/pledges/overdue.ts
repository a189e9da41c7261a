// Overdue is derived, never stored: the due day has passed and the pledge is not fulfilled.
import type { Prisma } from "@/generated/sqlite/client";
import { addDays } from "@/lib/dates";
import { startOfShanghaiToday } from "@/features/activities/activity-checks";

/** How far ahead "due soon" looks (the liaison's work queue). */
export const DUE_SOON_DAYS = 14;

export function isOverdue(pledge: { status: string; dueDate: Date }, now = new Date()) {
  return pledge.status !== "FULFILLED" && pledge.dueDate < startOfShanghaiToday(now);
}

export function overdueWhere(now = new Date()): Prisma.PledgeWhereInput {
  return { status: { not: "FULFILLED" }, dueDate: { lt: startOfShanghaiToday(now) } };
}

/** Not fulfilled and due within DUE_SOON_DAYS days from today, or already overdue. */
export function dueSoonWhere(now = new Date()): Prisma.PledgeWhereInput {
  return { status: { not: "FULFILLED" }, dueDate: { lt: addDays(startOfShanghaiToday(now), DUE_SOON_DAYS + 1) } };
}
