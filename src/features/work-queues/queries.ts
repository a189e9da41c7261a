import "server-only";
// What each role finds waiting on the home page: a count and the first few items of every queue,
// each leading to the full, filtered list. A queue is its list's link: its rows are read through that
// list's own where-builder from the link's query string, so the count always equals the list it opens.
import type { Prisma } from "@/generated/sqlite/client";
import { isPledgeOverdue, rectificationDaysOverdue } from "@/domain/overdue";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { activityFiltersOf, activityWhere } from "@/features/activities";
import { pledgeFiltersOf, pledgeWhere } from "@/features/pledges";
import { rectificationFiltersOf, rectificationWhere } from "@/features/supervision";

const QUEUE_PREVIEW = 5;

const pairingLabel = {
  select: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
} as const;

export type QueueItem = {
  kind: "activity" | "pledge" | "rectification";
  id: number;
  title: string;
  unit: string;
  village: string;
  /** The date the queue is ordered by (submitted, due, returned …). */
  date: Date | null;
  /** Since when the item has waited on the queue's owner: its age is shown. */
  waitingSince?: Date | null;
  note: string | null;
  overdue?: boolean;
  /** Days past the due day, for an overdue rectification item. */
  daysOverdue?: number;
};

export type Queue = { key: string; count: number; items: QueueItem[]; links: { key: string; href: string }[] };

type ActivityRow = Prisma.ActivityGetPayload<{ include: { pairing: typeof pairingLabel } }>;

/** The query string of a list link, as the list page reads it. */
function paramsOf(href: string): SearchParams {
  return Object.fromEntries(new URL(href, "http://list.invalid").searchParams);
}

type ActivityQueue = {
  key: string;
  orderBy: Prisma.ActivityOrderByWithRelationInput;
  /** The list the queue's link opens. */
  href: string;
  /** The date an item shows; the note under it, if any. */
  dateOf: (a: ActivityRow) => Date | null;
  noteOf?: (a: ActivityRow) => string | null;
};

const villageOf = (pairing: ActivityRow["pairing"]) => `${pairing.village.township.name}${pairing.village.name}`;

async function activityQueue(db: DbOrTx, user: CurrentUser, q: ActivityQueue): Promise<Queue> {
  const where = activityWhere(user, activityFiltersOf(paramsOf(q.href)));
  const [count, rows] = await Promise.all([
    db.activity.count({ where }),
    db.activity.findMany({ where, orderBy: [q.orderBy, { id: "asc" }], take: QUEUE_PREVIEW, include: { pairing: pairingLabel } }),
  ]);
  const items = rows.map((a) => ({
    kind: "activity" as const,
    id: a.id,
    title: a.title,
    unit: a.pairing.unit.name,
    village: villageOf(a.pairing),
    date: q.dateOf(a),
    waitingSince: q.dateOf(a),
    note: q.noteOf?.(a) ?? null,
  }));
  return { key: q.key, count, items, links: [{ key: "activities", href: q.href }] };
}

type PledgeQueue = { key: string; orderBy: Prisma.PledgeOrderByWithRelationInput; href: string };

async function pledgeQueue(db: DbOrTx, user: CurrentUser, now: Date, q: PledgeQueue): Promise<Queue> {
  const where = pledgeWhere(user, pledgeFiltersOf(paramsOf(q.href)), now);
  const [count, rows] = await Promise.all([
    db.pledge.count({ where }),
    db.pledge.findMany({ where, orderBy: [q.orderBy, { id: "asc" }], take: QUEUE_PREVIEW, include: { pairing: pairingLabel } }),
  ]);
  const items = rows.map((p) => ({
    kind: "pledge" as const,
    id: p.id,
    title: p.content,
    unit: p.pairing.unit.name,
    village: villageOf(p.pairing),
    date: p.status === "FULFILLED" ? p.fulfilledAt : p.dueDate,
    waitingSince: p.status === "FULFILLED" ? (p.confirmation === "DISPUTED" ? p.confirmedAt : p.fulfilledAt) : null,
    note: p.confirmationComment,
    overdue: isPledgeOverdue(p, now),
  }));
  return { key: q.key, count, items, links: [{ key: "pledges", href: q.href }] };
}

type RectificationQueue = { key: string; orderBy: Prisma.RectificationOrderByWithRelationInput; href: string };

async function rectificationQueue(db: DbOrTx, user: CurrentUser, now: Date, q: RectificationQueue): Promise<Queue> {
  const where = rectificationWhere(user, rectificationFiltersOf(paramsOf(q.href)), now);
  const [count, rows] = await Promise.all([
    db.rectification.count({ where }),
    db.rectification.findMany({ where, orderBy: [q.orderBy, { id: "asc" }], take: QUEUE_PREVIEW, include: { pairing: pairingLabel } }),
  ]);
  const items = rows.map((r) => {
    const daysOverdue = rectificationDaysOverdue(r, now);
    return {
      kind: "rectification" as const,
      id: r.id,
      title: r.description,
      unit: r.pairing?.unit.name ?? "",
      village: r.pairing ? villageOf(r.pairing) : "",
      date: r.status === "REPORTED" ? r.reportedAt : r.dueDate,
      note: r.status === "IN_PROGRESS" ? r.returnReason : null,
      overdue: daysOverdue > 0,
      daysOverdue,
    };
  });
  return { key: q.key, count, items, links: [{ key: "rectifications", href: q.href }] };
}

/** Two queues shown as one card: counts add up, items interleave by date, both lists are linked. */
function merged(key: string, a: Queue, b: Queue): Queue {
  const items = [...a.items, ...b.items].sort((x, y) => (y.date?.getTime() ?? 0) - (x.date?.getTime() ?? 0)).slice(0, QUEUE_PREVIEW);
  return { key, count: a.count + b.count, items, links: [...a.links, ...b.links] };
}

export async function workQueuesFor(db: DbOrTx, user: CurrentUser, now = new Date()): Promise<Queue[]> {
  const activities = (q: ActivityQueue) => activityQueue(db, user, q);
  const pledges = (q: PledgeQueue) => pledgeQueue(db, user, now, q);
  const rectifications = (q: RectificationQueue) => rectificationQueue(db, user, now, q);
  switch (user.role) {
    case "ADMIN":
      return Promise.all([
        activities({ key: "toVerify", orderBy: { submittedAt: "asc" }, href: "/activities?campaign=all&status=SUBMITTED&sort=submittedAt&dir=asc", dateOf: (a) => a.submittedAt }),
        Promise.all([
          activities({
            key: "disputed",
            orderBy: { confirmedAt: "asc" },
            href: "/activities?campaign=all&dispute=open",
            dateOf: (a) => a.confirmedAt,
            noteOf: (a) => a.confirmationComment,
          }),
          pledges({ key: "disputed", orderBy: { confirmedAt: "desc" }, href: "/pledges?confirmation=DISPUTED" }),
        ]).then(([a, p]) => merged("disputed", a, p)),
        // Fulfilled and not yet reviewed (评诺): the department's to do.
        pledges({ key: "pledgesToReview", orderBy: { fulfilledAt: "asc" }, href: "/pledges?review=pending&sort=fulfilledAt&dir=asc" }),
        pledges({ key: "overduePledges", orderBy: { dueDate: "asc" }, href: "/pledges?due=overdue&sort=dueDate&dir=asc" }),
        rectifications({ key: "rectificationsToCheck", orderBy: { reportedAt: "asc" }, href: "/supervision/rectifications?status=REPORTED" }),
      ]);
    case "LIAISON":
      return Promise.all([
        activities({ key: "returned", orderBy: { updatedAt: "desc" }, href: "/activities?campaign=all&status=RETURNED", dateOf: (a) => a.updatedAt, noteOf: (a) => a.returnReason }),
        // The village disputed what this unit reported: the liaison sees it while the department decides.
        activities({
          key: "disputedMine",
          orderBy: { confirmedAt: "asc" },
          href: "/activities?campaign=all&dispute=open",
          dateOf: (a) => a.confirmedAt,
          noteOf: (a) => a.confirmationComment,
        }),
        activities({ key: "myDrafts", orderBy: { updatedAt: "desc" }, href: "/activities?campaign=all&status=DRAFT&mine=1", dateOf: (a) => a.date }),
        pledges({ key: "pledgesDue", orderBy: { dueDate: "asc" }, href: "/pledges?due=soon&sort=dueDate&dir=asc" }),
        // The unit's items still to answer, the longest overdue first.
        rectifications({ key: "rectificationsToAnswer", orderBy: { dueDate: "asc" }, href: "/supervision/rectifications?due=toReport" }),
      ]);
    case "VILLAGE":
      return Promise.all([
        activities({ key: "awaitingActivities", orderBy: { date: "desc" }, href: "/activities?campaign=all&confirmation=PENDING", dateOf: (a) => a.date }),
        pledges({ key: "awaitingPledges", orderBy: { fulfilledAt: "desc" }, href: "/pledges?confirmation=PENDING" }),
      ]);
    default:
      return [];
  }
}
