import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { ACTIVITY_STATUSES, reportedWhere } from "@/domain/activity-status";
import { CONFIRMATIONS, openDisputeWhere } from "@/domain/countersign";
import { inCampaign } from "@/domain/campaign-scope";
import { dayParam, todayInShanghai } from "@/domain/days";
import { EVIDENCE_STATES, type EvidenceState, evidenceStateWhere } from "@/domain/evidence";
import { idParam } from "@/domain/ids";
import { activityVisibility, townshipsInScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { addDays, fromShanghaiDay } from "@/lib/dates";
import { cappedTotal, countLimit, enumParam, pageWindow, first, parseListParams, type SearchParams } from "@/lib/list-params";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { indicatorFilterOptions } from "@/features/indicators";
import { townshipOptions } from "@/features/townships";
import { chosenCampaign, listCampaigns } from "@/features/campaigns";

export const ACTIVITY_SORTS = ["date", "submittedAt", "title"] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

export type ActivityFilters = {
  /** The campaign of the activities' pairings; absent: every campaign (see activityCampaign). */
  campaignId?: number;
  status?: (typeof ACTIVITY_STATUSES)[number];
  area?: ContentAreaCode;
  townshipId?: number;
  pairingId?: number;
  /** Shanghai days "YYYY-MM-DD", both inclusive. */
  from?: string;
  to?: string;
  /** An indicator's code: only activities carrying it, each showing its value, with the total. */
  indicator?: string;
  /** The village's countersign; implies reported (submitted or verified) activities. */
  confirmation?: (typeof CONFIRMATIONS)[number];
  /** Only what the user recorded. */
  mine?: boolean;
  /** "open": disputed by the village and not yet resolved by the department (its queue). */
  dispute?: "open";
  /** The evidence checks: with warnings, without, or not checked. */
  evidence?: EvidenceState;
};

/** Where the previous page ended in the date order: the next page starts after it (keyset). */
export type ActivityCursor = { date: Date; id: number };

export type ActivityListQuery = ActivityFilters & { sort: ActivitySort; dir: "asc" | "desc"; page: number; size?: number; after?: ActivityCursor };

/** `after=<date ms>_<id>`, the pager's "next" link of a list in date order. */
export function activityCursorParam(params: SearchParams): ActivityCursor | undefined {
  const match = /^(\d{1,15})_(\d{1,10})$/.exec(first(params.after) ?? "");
  const date = match ? new Date(Number(match[1])) : undefined;
  return match && date && !Number.isNaN(date.getTime()) ? { date, id: Number(match[2]) } : undefined;
}

/** The "next" link's cursor: after the last row shown, when the list is in date order. */
export function activityCursorAfter(query: Pick<ActivityListQuery, "sort">, rows: { date: Date; id: number }[]) {
  const last = rows.at(-1);
  return query.sort === "date" && last ? `${last.date.getTime()}_${last.id}` : undefined;
}

/**
 * The rows after the cursor in the list's (date, id) order, read from the index: the next page of a
 * deep list costs what the first does, where an offset reads and drops every row before it.
 */
function afterCursor(query: Pick<ActivityListQuery, "dir">, after: ActivityCursor): Prisma.ActivityWhereInput {
  const beyond = query.dir === "desc" ? "lt" : "gt";
  return { OR: [{ date: { [beyond]: after.date } }, { date: after.date, id: { [beyond]: after.id } }] };
}

/** Reads the list's query string; the dashboard links here with indicator, from, to, township and status. */
export function activityFiltersOf(params: SearchParams): ActivityFilters {
  return {
    campaignId: idParam(params, "campaign"),
    status: enumParam(params, "status", ACTIVITY_STATUSES),
    area: enumParam(params, "area", CONTENT_AREAS),
    townshipId: idParam(params, "township"),
    pairingId: idParam(params, "pairing"),
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
    indicator: first(params.indicator)?.trim() || undefined,
    confirmation: enumParam(params, "confirmation", CONFIRMATIONS),
    mine: first(params.mine) === "1" || undefined,
    dispute: enumParam(params, "dispute", ["open"]),
    evidence: enumParam(params, "evidence", EVIDENCE_STATES),
  };
}

/** The page's whole query (filters, sort, page) as the URL states it; the page and its export then apply activityCampaign. */
export function activityListQuery(params: SearchParams): ActivityListQuery {
  return { ...parseListParams(params, ACTIVITY_SORTS, "desc"), ...activityFiltersOf(params), after: activityCursorParam(params) };
}

/**
 * The campaign the list shows, as the pairings and pledges lists choose it: the one `campaign=`
 * names among those the reader sees, every one for `campaign=all`, else the current campaign. The
 * page and its export both read it here, so the file holds what the page shows.
 */
export async function activityCampaign(db: DbOrTx, user: CurrentUser, params: SearchParams, today = todayInShanghai()) {
  const { campaign, all } = await chosenCampaign(db, user, params, today, true);
  return { campaign, all, campaignId: all ? undefined : campaign?.id };
}

/** The list's order, shared by the page and its export. */
export function activityOrderBy(query: Pick<ActivityListQuery, "sort" | "dir">): Prisma.ActivityOrderByWithRelationInput[] {
  return [{ [query.sort]: query.dir }, { id: query.dir }];
}

/** The filters as a where clause, inside the user's visibility. */
export function activityWhere(user: CurrentUser, f: ActivityFilters): Prisma.ActivityWhereInput {
  const conditions: Prisma.ActivityWhereInput[] = [activityVisibility(user)];
  if (f.campaignId) conditions.push({ pairing: inCampaign(f.campaignId) });
  if (f.status) conditions.push({ status: f.status });
  if (f.area) conditions.push({ area: f.area });
  if (f.townshipId) conditions.push({ pairing: { village: { townshipId: f.townshipId } } });
  if (f.pairingId) conditions.push({ pairingId: f.pairingId });
  if (f.from) conditions.push({ date: { gte: fromShanghaiDay(f.from) } });
  if (f.to) conditions.push({ date: { lt: addDays(fromShanghaiDay(f.to), 1) } });
  if (f.indicator) conditions.push({ values: { some: { indicator: { code: f.indicator } } } });
  if (f.confirmation) conditions.push({ confirmation: f.confirmation, ...reportedWhere });
  if (f.mine) conditions.push({ recordedById: user.id });
  if (f.dispute === "open") conditions.push({ ...reportedWhere, ...openDisputeWhere });
  if (f.evidence) conditions.push(evidenceStateWhere(f.evidence));
  return { AND: conditions };
}

export async function listActivities(db: DbOrTx, user: CurrentUser, query: ActivityListQuery) {
  const where = activityWhere(user, query);
  const keyset = query.after && query.sort === "date" ? query.after : undefined;
  // Counted exactly only beside an indicator's total, which states how many activities carry it.
  const limit = query.indicator ? undefined : countLimit(query);
  const [rows, counted, indicatorTotal] = await Promise.all([
    db.activity.findMany({
      where: keyset ? { AND: [where, afterCursor(query, keyset)] } : where,
      orderBy: activityOrderBy(query),
      ...(keyset ? { take: pageWindow(query).take } : pageWindow(query)),
      include: {
        pairing: { select: { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } },
        values: query.indicator ? { where: { indicator: { code: query.indicator } }, select: { value: true } } : false,
        _count: { select: { evidenceWarnings: true } },
      },
    }),
    // In date order, which the (…, date, id) indexes hold: the capped count reads one index range
    // and stops at the cap, instead of sorting every row of an area by id first.
    db.activity.count({ where, take: limit, orderBy: [{ date: "desc" }, { id: "desc" }] }),
    query.indicator
      ? db.activityIndicatorValue.aggregate({ where: { indicator: { code: query.indicator }, activity: where }, _sum: { value: true } })
      : null,
  ]);
  const { total, more } = limit ? cappedTotal(counted, limit) : { total: counted, more: false };
  return { rows, total, more, indicatorTotal: indicatorTotal ? (indicatorTotal._sum.value ?? 0) : null };
}

/** The activity with everything its page shows, if the user may read it. */
export async function getActivityForReader(db: DbOrTx, user: CurrentUser, id: number) {
  return db.activity.findFirst({
    where: { AND: [{ id }, activityVisibility(user)] },
    include: {
      pairing: { include: { unit: { select: { id: true, name: true, regionId: true } }, village: { include: { township: { select: { name: true } } } } } },
      values: { include: { indicator: true }, orderBy: { indicator: { sortOrder: "asc" } } },
      attachments: { orderBy: { id: "asc" } },
      recordedBy: { select: { displayName: true } },
      verifiedBy: { select: { displayName: true } },
      confirmedBy: { select: { displayName: true } },
    },
  });
}

export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivityForReader>>>;

export type HistoryStep = { id: number; at: Date; by: string | null; step: string; note: string | null };

/**
 * The activity's review history, oldest first, read back from its audit entries. Records that
 * entered the system without them (the demo data, a future import) get the steps their own
 * timestamps tell, so the history is never blank.
 */
export async function getActivityHistory(db: DbOrTx, activity: ActivityDetail): Promise<HistoryStep[]> {
  const entries = await db.auditEntry.findMany({
    where: { entity: "Activity", entityId: String(activity.id) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    include: { user: { select: { displayName: true } } },
  });
  const recorded = entries.map((e) => {
    const after = (e.after ? JSON.parse(e.after) : {}) as Record<string, unknown>;
    const verb = e.action.split(".")[1] ?? e.action;
    const step =
      (verb === "create" || verb === "update") && after.status === "SUBMITTED"
        ? "submitted"
        : verb === "confirm"
          ? `confirm${after.confirmation === "DISPUTED" ? "Disputed" : "Confirmed"}`
          : verb;
    const note =
      verb === "return" ? after.returnReason : verb === "correct" ? after.correctionReason : verb === "confirm" ? after.confirmationComment : null;
    return { id: e.id, at: e.at, by: e.user?.displayName ?? null, step, note: typeof note === "string" ? note : null };
  });
  if (entries.some((e) => e.action === "activity.create")) return recorded;
  const known = new Set(recorded.map((r) => r.step));
  return [...stepsFromRow(activity, entries[0]?.at).filter((s) => !known.has(s.step)), ...recorded];
}

/** The steps an activity's own columns record, those before `before` (the first audit entry). */
function stepsFromRow(a: ActivityDetail, before = new Date(8.64e15)): HistoryStep[] {
  const steps: HistoryStep[] = [];
  const add = (at: Date | null, by: string | null, step: string, note: string | null = null) => {
    if (at && at < before) steps.push({ id: -(steps.length + 1), at, by, step, note });
  };
  add(a.submittedAt, a.recordedBy?.displayName ?? null, "submitted");
  if (a.status === "RETURNED") add(a.updatedAt, null, "return", a.returnReason);
  add(a.verifiedAt, a.verifiedBy?.displayName ?? null, "verify");
  if (a.confirmation !== "PENDING") {
    add(a.confirmedAt, a.confirmedBy?.displayName ?? null, a.confirmation === "DISPUTED" ? "confirmDisputed" : "confirmConfirmed", a.confirmationComment);
  }
  return steps.sort((x, y) => x.at.getTime() - y.at.getTime());
}

/** The activity with what its edit form shows, if the user may see it. */
export async function getActivityForEdit(db: DbOrTx, user: CurrentUser, id: number) {
  return db.activity.findFirst({
    where: { AND: [{ id }, activityVisibility(user)] },
    include: { values: true, attachments: { select: { id: true, fileName: true }, orderBy: { id: "asc" } } },
  });
}

/** Choices for the list's filters: the townships the user sees and every indicator (pairings are searched: PairingFilter). */
export async function getActivityFilterOptions(db: DbOrTx, user: CurrentUser) {
  const [townships, indicators, campaigns] = await Promise.all([townshipOptions(db, townshipsInScope(user)), indicatorFilterOptions(db), listCampaigns(db, user)]);
  return { townships, indicators, campaigns };
}
