// An activity's status and what it means (DOMAIN.md §3): DRAFT → SUBMITTED → VERIFIED, or RETURNED
// with a reason, back to edit. Named once, so a list, a ledger, a count and an action can never
// disagree about what "reported" or "editable" is.
import type { ActivityStatus } from "@/generated/sqlite/enums";
import type { Prisma } from "@/generated/sqlite/client";

export const ACTIVITY_STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "RETURNED"] as const satisfies readonly ActivityStatus[];

/** Reported: sent to the organization department — awaiting review or verified. The village countersigns these. */
export const REPORTED_STATUSES = ["SUBMITTED", "VERIFIED"] as const satisfies readonly ActivityStatus[];

/** Editable by its recorder: not yet reported, or returned to be put right. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const satisfies readonly ActivityStatus[];

/** The one status official figures count. */
export const OFFICIAL_STATUS: Extract<ActivityStatus, "VERIFIED"> = "VERIFIED";

export const isReported = (status: ActivityStatus) => (REPORTED_STATUSES as readonly ActivityStatus[]).includes(status);

export const isEditable = (status: ActivityStatus) => (EDITABLE_STATUSES as readonly ActivityStatus[]).includes(status);

export const countsInOfficialFigures = (status: ActivityStatus) => status === OFFICIAL_STATUS;

// The same rules as `where` clauses, selecting exactly the rows the predicates accept.
export const reportedWhere = { status: { in: [...REPORTED_STATUSES] } } satisfies Prisma.ActivityWhereInput;
export const editableWhere = { status: { in: [...EDITABLE_STATUSES] } } satisfies Prisma.ActivityWhereInput;
