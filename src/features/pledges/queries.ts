import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { CONFIRMATIONS } from "@/domain/countersign";
import { dayParam } from "@/domain/days";
import { idParam } from "@/domain/ids";
import { inCampaign } from "@/domain/campaign-scope";
import { pledgeDueSoonWhere, pledgeOverdueWhere } from "@/domain/overdue";
import { pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { addDays, fromShanghaiDay } from "@/lib/dates";
import { enumParam, pageWindow, parseListParams, type SearchParams } from "@/lib/list-params";
import { PLEDGE_STATUSES } from "./schemas";

export const PLEDGE_SORTS = ["dueDate", "fulfilledAt", "createdAt"] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

export type PledgeFilters = {
  status?: (typeof PLEDGE_STATUSES)[number];
  /** "overdue": due day passed, not fulfilled; "soon": that, or due within 14 days. */
  due?: "overdue" | "soon";
  /** The campaign of the pledges' pairings; absent: every campaign. */
  campaignId?: number;
  townshipId?: number;
  pairingId?: number;
  confirmation?: (typeof CONFIRMATIONS)[number];
  /** "pending": fulfilled and not yet reviewed (评诺), the department's queue. */
  review?: "pending";
  /** Due dates, Shanghai days "YYYY-MM-DD", both inclusive. */
  from?: string;
  to?: string;
};

export type PledgeListQuery = PledgeFilters & { sort: PledgeSort; dir: "asc" | "desc"; page: number; size?: number };

/** The list's query string as filters: the page and its export read it alike. */
export function pledgeFiltersOf(params: SearchParams): PledgeFilters {
  return {
    status: enumParam(params, "status", PLEDGE_STATUSES),
    due: enumParam(params, "due", ["overdue", "soon"]),
    campaignId: idParam(params, "campaign"),
    townshipId: idParam(params, "township"),
    pairingId: idParam(params, "pairing"),
    confirmation: enumParam(params, "confirmation", CONFIRMATIONS),
    review: enumParam(params, "review", ["pending"]),
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
  };
}

export function pledgeListQuery(params: SearchParams): PledgeListQuery {
  return { ...parseListParams(params, PLEDGE_SORTS, "desc"), ...pledgeFiltersOf(params) };
}

/** The list's order, shared by the page and its export. */
export function pledgeOrderBy(query: Pick<PledgeListQuery, "sort" | "dir">): Prisma.PledgeOrderByWithRelationInput[] {
  return [{ [query.sort]: query.dir }, { id: "asc" }];
}

export function pledgeWhere(user: CurrentUser, f: PledgeFilters, now = new Date()): Prisma.PledgeWhereInput {
  const conditions: Prisma.PledgeWhereInput[] = [{ pairing: pairingScope(user) }];
  if (f.status) conditions.push({ status: f.status });
  if (f.due === "overdue") conditions.push(pledgeOverdueWhere(now));
  if (f.due === "soon") conditions.push(pledgeDueSoonWhere(now));
  if (f.campaignId) conditions.push({ pairing: inCampaign(f.campaignId) });
  if (f.townshipId) conditions.push({ pairing: { village: { townshipId: f.townshipId } } });
  if (f.pairingId) conditions.push({ pairingId: f.pairingId });
  // The village countersigns fulfilments, so a confirmation filter means fulfilled pledges.
  if (f.confirmation) conditions.push({ confirmation: f.confirmation, status: "FULFILLED" });
  if (f.review === "pending") conditions.push({ status: "FULFILLED", review: null });
  if (f.from) conditions.push({ dueDate: { gte: fromShanghaiDay(f.from) } });
  if (f.to) conditions.push({ dueDate: { lt: addDays(fromShanghaiDay(f.to), 1) } });
  return { AND: conditions };
}

export async function listPledges(db: DbOrTx, user: CurrentUser, query: PledgeListQuery) {
  const where = pledgeWhere(user, query);
  const [rows, total] = await Promise.all([
    db.pledge.findMany({
      where,
      orderBy: pledgeOrderBy(query),
      ...pageWindow(query),
      include: {
        pairing: { select: { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } },
        review: { select: { rating: true } },
      },
    }),
    db.pledge.count({ where }),
  ]);
  return { rows, total };
}

export async function getPledgeForReader(db: DbOrTx, user: CurrentUser, id: number) {
  return db.pledge.findFirst({
    where: { id, pairing: pairingScope(user) },
    include: {
      pairing: { include: { unit: { select: { id: true, name: true, regionId: true } }, village: { include: { township: { select: { name: true } } } } } },
      review: { include: { reviewedBy: { select: { displayName: true } } } },
      createdBy: { select: { displayName: true } },
      confirmedBy: { select: { displayName: true } },
      attachments: { orderBy: { id: "asc" } },
    },
  });
}

export type PledgeDetail = NonNullable<Awaited<ReturnType<typeof getPledgeForReader>>>;
