import "server-only";
// What each role finds waiting on the home page: a count and the first few items of every queue,
// each leading to the full, filtered list. Row scope is the same as in the lists.
import type { Prisma } from "@/generated/sqlite/client";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { pairingScope } from "@/server/scope";
import { confirmedShare } from "@/features/activities/queries";
import { activityVisibility } from "@/features/activities/visibility";
import { dueSoonWhere, isOverdue, overdueWhere } from "@/features/pledges/overdue";

export const QUEUE_PREVIEW = 5;

const pairingLabel = {
  select: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
} as const;

export type QueueItem = {
  kind: "activity" | "pledge";
  id: number;
  title: string;
  unit: string;
  village: string;
  /** The date the queue is ordered by (submitted, due, returned …). */
  date: Date | null;
  note: string | null;
  overdue?: boolean;
};

export type Queue = { key: string; count: number; items: QueueItem[]; links: { key: string; href: string }[] };

async function activityQueue(
  db: DbOrTx,
  key: string,
  where: Prisma.ActivityWhereInput,
  orderBy: Prisma.ActivityOrderByWithRelationInput,
  dateOf: (a: { submittedAt: Date | null; updatedAt: Date; date: Date; confirmedAt: Date | null }) => Date | null,
  noteOf: (a: { returnReason: string | null; confirmationComment: string | null }) => string | null,
  href: string,
): Promise<Queue> {
  const [count, rows] = await Promise.all([
    db.activity.count({ where }),
    db.activity.findMany({ where, orderBy: [orderBy, { id: "asc" }], take: QUEUE_PREVIEW, include: { pairing: pairingLabel } }),
  ]);
  const items = rows.map((a) => ({
    kind: "activity" as const,
    id: a.id,
    title: a.title,
    unit: a.pairing.unit.name,
    village: `${a.pairing.village.township.name}${a.pairing.village.name}`,
    date: dateOf(a),
    note: noteOf(a),
  }));
  return { key, count, items, links: [{ key: "activities", href }] };
}

async function pledgeQueue(
  db: DbOrTx,
  key: string,
  where: Prisma.PledgeWhereInput,
  orderBy: Prisma.PledgeOrderByWithRelationInput,
  href: string,
  now: Date,
): Promise<Queue> {
  const [count, rows] = await Promise.all([
    db.pledge.count({ where }),
    db.pledge.findMany({ where, orderBy: [orderBy, { id: "asc" }], take: QUEUE_PREVIEW, include: { pairing: pairingLabel } }),
  ]);
  const items = rows.map((p) => ({
    kind: "pledge" as const,
    id: p.id,
    title: p.content,
    unit: p.pairing.unit.name,
    village: `${p.pairing.village.township.name}${p.pairing.village.name}`,
    date: p.status === "FULFILLED" ? p.fulfilledAt : p.dueDate,
    note: p.confirmationComment,
    overdue: isOverdue(p, now),
  }));
  return { key, count, items, links: [{ key: "pledges", href }] };
}

/** Two queues shown as one card: counts add up, items interleave by date, both lists are linked. */
function merged(key: string, a: Queue, b: Queue): Queue {
  const items = [...a.items, ...b.items].sort((x, y) => (y.date?.getTime() ?? 0) - (x.date?.getTime() ?? 0)).slice(0, QUEUE_PREVIEW);
  return { key, count: a.count + b.count, items, links: [...a.links, ...b.links] };
}

export async function workQueuesFor(db: DbOrTx, user: CurrentUser, now = new Date()): Promise<Queue[]> {
  const scope = { pairing: pairingScope(user) };
  switch (user.role) {
    case "ADMIN":
      return Promise.all([
        activityQueue(db, "toVerify", { status: "SUBMITTED" }, { submittedAt: "asc" }, (a) => a.submittedAt, () => null, "/activities?status=SUBMITTED&sort=submittedAt&dir=asc"),
        Promise.all([
          activityQueue(db, "disputed", { status: { in: ["SUBMITTED", "VERIFIED"] }, confirmation: "DISPUTED" }, { confirmedAt: "desc" }, (a) => a.confirmedAt, (a) => a.confirmationComment, "/activities?confirmation=DISPUTED"),
          pledgeQueue(db, "disputed", { status: "FULFILLED", confirmation: "DISPUTED" }, { confirmedAt: "desc" }, "/pledges?confirmation=DISPUTED", now),
        ]).then(([activities, pledges]) => merged("disputed", activities, pledges)),
        pledgeQueue(db, "overduePledges", overdueWhere(now), { dueDate: "asc" }, "/pledges?due=overdue&sort=dueDate&dir=asc", now),
      ]);
    case "LIAISON":
      return Promise.all([
        activityQueue(db, "returned", { ...scope, status: "RETURNED" }, { updatedAt: "desc" }, (a) => a.updatedAt, (a) => a.returnReason, "/activities?status=RETURNED"),
        activityQueue(db, "myDrafts", { ...scope, status: "DRAFT", recordedById: user.id }, { updatedAt: "desc" }, (a) => a.date, () => null, "/activities?status=DRAFT&mine=1"),
        pledgeQueue(db, "pledgesDue", { AND: [scope, dueSoonWhere(now)] }, { dueDate: "asc" }, "/pledges?due=soon&sort=dueDate&dir=asc", now),
      ]);
    case "VILLAGE":
      return Promise.all([
        activityQueue(
          db,
          "awaitingActivities",
          { AND: [activityVisibility(user), { status: { in: ["SUBMITTED", "VERIFIED"] }, confirmation: "PENDING" }] },
          { date: "desc" },
          (a) => a.date,
          () => null,
          "/activities?confirmation=PENDING",
        ),
        pledgeQueue(db, "awaitingPledges", { ...scope, status: "FULFILLED", confirmation: "PENDING" }, { fulfilledAt: "desc" }, "/pledges?confirmation=PENDING", now),
      ]);
    default:
      return [];
  }
}

/** The leader's home: headline counts, with the dashboard one click away. */
export async function leaderSummary(db: DbOrTx) {
  const [verified, pending, pledges, fulfilled, share] = await Promise.all([
    db.activity.count({ where: { status: "VERIFIED" } }),
    db.activity.count({ where: { status: "SUBMITTED" } }),
    db.pledge.count(),
    db.pledge.count({ where: { status: "FULFILLED" } }),
    confirmedShare(db),
  ]);
  return { verified, pending, pledges, fulfilled, confirmedShare: share.share };
}
