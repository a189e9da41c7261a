import "server-only";
// The ledger (共建工作台帐) of one pairing: its header and everything that happened, newest first.
// A constant handful of queries whatever the ledger's length: the pairing (scoped, so another
// unit's ledger is simply not found), then activities, pledges, visits, inspections and surveys at once.
import type { Activity, Inspection, LeaderVisit, Pledge, PledgeReview, Rectification, Survey } from "@/generated/sqlite/client";
import { countsInOfficialFigures, OFFICIAL_STATUS } from "@/domain/activity-status";
import { todayInShanghai } from "@/domain/days";
import { campaignReferenceDay, idleDays, isDormant } from "@/domain/idle-days";
import { isPledgeOverdue, isRectificationOverdue } from "@/domain/overdue";
import { activityVisibility, pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { imageWhere } from "@/features/attachments";
import type { DbOrTx } from "@/server/db";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { pageRequest, pageSlice, type SearchParams } from "@/lib/list-params";

/** Photos the printed ledger shows of one activity: a row of four fits A4 portrait. */
export const PHOTOS_PER_ACTIVITY = 4;

export type LedgerOptions = {
  /** The filed (printed) ledger holds verified activities only. */
  verifiedOnly?: boolean;
  now?: Date;
};

export async function getLedger(db: DbOrTx, user: CurrentUser, id: number, options: LedgerOptions = {}) {
  const pairing = await db.pairing.findFirst({
    where: { id, ...pairingScope(user) },
    include: {
      unit: true,
      village: { include: { township: true } },
      contactLeader: { select: { id: true, displayName: true } },
      campaign: { select: { id: true, name: true, endsOn: true } },
    },
  });
  if (!pairing) return null;

  // The filed ledger holds verified work only; on screen, what the reader may see (drafts: their unit's or their own).
  const activityWhere = options.verifiedOnly ? { status: OFFICIAL_STATUS } : activityVisibility(user);

  const [activities, pledges, visits, inspections, surveys] = await Promise.all([
    db.activity.findMany({
      where: { AND: [{ pairingId: id }, activityWhere] },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      include: {
        values: {
          include: { indicator: { select: { code: true, labelZh: true, labelEn: true, unitZh: true, unitEn: true, isMoney: true, sortOrder: true } } },
        },
        // The first few photos, for the filed ledger's thumbnails; the count says how many more there are.
        attachments: { where: imageWhere, select: { id: true, fileName: true, mimeType: true, thumbKey: true, phoneKey: true }, orderBy: { id: "asc" }, take: PHOTOS_PER_ACTIVITY },
        _count: { select: { attachments: { where: imageWhere } } },
      },
    }),
    db.pledge.findMany({ where: { pairingId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { review: true, _count: { select: { attachments: true } } } }),
    db.leaderVisit.findMany({ where: { pairingId: id }, orderBy: [{ date: "desc" }, { id: "desc" }] }),
    db.inspection.findMany({
      where: { OR: [{ pairings: { some: { pairingId: id } } }, { rectifications: { some: { pairingId: id } } }] },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      // Items meant for this pairing, and the inspection's general ones (no pairing named).
      include: { rectifications: { where: { OR: [{ pairingId: id }, { pairingId: null }] }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] } },
    }),
    db.survey.findMany({ where: { villageId: pairing.villageId }, orderBy: [{ takenOn: "desc" }, { id: "desc" }] }),
  ]);

  const now = options.now ?? new Date();
  const verified = activities.filter((a) => countsInOfficialFigures(a.status));
  const areaCounts = Object.fromEntries(CONTENT_AREAS.map((area) => [area, 0])) as Record<ContentAreaCode, number>;
  for (const a of verified) areaCounts[a.area] += 1;
  // Idle days (domain/idle-days.ts): from the last verified activity up to the reference day.
  const idleReferenceDay = campaignReferenceDay(pairing.campaign.endsOn, todayInShanghai(now));
  const lastVerified = verified.map((a) => shanghaiDay(a.date)).filter((d) => d <= idleReferenceDay).sort().at(-1) ?? null;
  const daysSinceLastVerified = lastVerified ? idleDays(lastVerified, idleReferenceDay) : null;

  const entries: LedgerEntry[] = [
    ...activities.map((activity) => ({
      kind: "activity" as const,
      date: activity.date,
      activity: { ...activity, values: [...activity.values].sort((x, y) => x.indicator.sortOrder - y.indicator.sortOrder) },
    })),
    ...pledges.map((pledge) => ({
      kind: "pledge" as const,
      date: pledge.createdAt,
      pledge: { ...pledge, overdue: isPledgeOverdue(pledge, now) },
    })),
    ...visits.map((visit) => ({ kind: "visit" as const, date: visit.date, visit })),
    ...inspections.map((inspection) => ({
      kind: "inspection" as const,
      date: inspection.date,
      inspection: {
        ...inspection,
        rectifications: inspection.rectifications.map((r) => ({ ...r, overdue: isRectificationOverdue(r, now) })),
      },
    })),
    ...surveys.map((survey) => ({ kind: "survey" as const, date: survey.takenOn, survey })),
  ];
  entries.sort((a, b) => b.date.getTime() - a.date.getTime());

  return {
    pairing,
    entries,
    summary: {
      areaCounts,
      verifiedCount: verified.length,
      pendingCount: activities.filter((a) => a.status === "SUBMITTED").length,
      lastVerifiedAt: lastVerified ? fromShanghaiDay(lastVerified) : null,
      daysSinceLastVerified,
      idleReferenceDay,
      dormant: daysSinceLastVerified === null || isDormant(daysSinceLastVerified),
      pledgeCount: pledges.length,
      pledgesFulfilled: pledges.filter((p) => p.status === "FULFILLED").length,
      pledgesOverdue: entries.filter((e) => e.kind === "pledge" && e.pledge.overdue).length,
      visitCount: visits.length,
      inspectionCount: inspections.length,
    },
  };
}

export type Ledger = NonNullable<Awaited<ReturnType<typeof getLedger>>>;

/** Entries on one screen of the ledger: a year or two of a busy pairing's work. */
export const LEDGER_PAGE_SIZE = 50;

/**
 * The screen's page of the ledger (`?page=`, `?size=`): years of records make a page of megabytes,
 * so the screen shows a page at a time, newest first; the print and the workbook keep them all.
 */
export function ledgerPage(ledger: Ledger, params: SearchParams) {
  const request = pageRequest(params, LEDGER_PAGE_SIZE);
  return { ...request, entries: pageSlice(ledger.entries, request), total: ledger.entries.length };
}

export type LedgerIndicatorValue = {
  id: number;
  value: number;
  indicator: { code: string; labelZh: string; labelEn: string; unitZh: string; unitEn: string; isMoney: boolean; sortOrder: number };
};

export type LedgerPhoto = { id: number; fileName: string; mimeType: string; thumbKey: string | null; phoneKey: string | null };

export type LedgerEntry =
  | { kind: "activity"; date: Date; activity: Activity & { values: LedgerIndicatorValue[]; attachments: LedgerPhoto[]; _count: { attachments: number } } }
  | { kind: "pledge"; date: Date; pledge: Pledge & { review: PledgeReview | null; overdue: boolean; _count: { attachments: number } } }
  | { kind: "visit"; date: Date; visit: LeaderVisit }
  | { kind: "inspection"; date: Date; inspection: Inspection & { rectifications: (Rectification & { overdue: boolean })[] } }
  | { kind: "survey"; date: Date; survey: Survey };
