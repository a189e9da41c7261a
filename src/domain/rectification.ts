// The rectification loop (督查 → 整改 → 销号): which items the responsible unit may still report on,
// and which await the organization department's check. Overdue is in overdue.ts.
import type { RectificationStatus } from "@/generated/sqlite/enums";

export const RECTIFICATION_STATUSES = ["OPEN", "IN_PROGRESS", "REPORTED", "CLOSED"] as const satisfies readonly RectificationStatus[];

/** Raised, or sent back: the unit reports what it did. */
export const REPORTABLE_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly RectificationStatus[];

export const canReportRectification = (status: RectificationStatus) => (REPORTABLE_STATUSES as readonly string[]).includes(status);

/** Reported: the department closes it (销号) or sends it back. */
export const canCheckRectification = (status: RectificationStatus) => status === "REPORTED";
