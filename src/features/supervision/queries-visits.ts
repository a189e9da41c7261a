import "server-only";
import { type PairingScope, pairingScope } from "@/domain/visibility";
import type { Prisma } from "@/generated/sqlite/client";
import { type DayPeriod, visitTarget } from "@/domain/contact-visits";
import { dayParam } from "@/domain/days";
import type { CurrentUser } from "@/server/current-user";
import { writableLeaders, writablePairings } from "@/server/scope";
import type { DbOrTx } from "@/server/db-client";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { first, pageWindow, type SearchParams } from "@/lib/list-params";
import { PAIRING_CHOICE_ORDER, PAIRING_SEARCH_LIMIT, pairingChoiceWhere } from "@/features/pairings";

const pairingLabel = { select: { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } } as const;

const inPeriod = (period: DayPeriod) => ({ gte: fromShanghaiDay(period.from), lt: addDays(fromShanghaiDay(period.to), 1) });

/** A pairing's contact leader as people know them: the name given, else the leader account's name. */
const leaderOf = (p: { contactLeaderName: string; contactLeader: { displayName: string } | null }) => p.contactLeaderName || p.contactLeader?.displayName || "";

export type VisitFilters = { leader?: string; pairingId?: number; period: DayPeriod };

/** The visits page's query string as filters (its period, else `fallback`): the page and its export read it alike. */
export function visitFiltersOf(params: SearchParams, fallback: DayPeriod): VisitFilters {
  return { period: { from: dayParam(params, "from") ?? fallback.from, to: dayParam(params, "to") ?? fallback.to }, leader: first(params.leader) || undefined };
}

/** The list's order, shared by the page and its export: newest first. */
export const VISIT_ORDER: Prisma.LeaderVisitOrderByWithRelationInput[] = [{ date: "desc" }, { id: "desc" }];

/** `scope`: the reader's pairing scope, so a region's department sees its region's visits only. */
export function visitWhere(f: VisitFilters, scope: PairingScope): Prisma.LeaderVisitWhereInput {
  return { ...(Object.keys(scope).length > 0 ? { pairing: scope } : {}), date: inPeriod(f.period), ...(f.leader ? { leaderName: f.leader } : {}), ...(f.pairingId ? { pairingId: f.pairingId } : {}) };
}

export async function listVisits(db: DbOrTx, f: VisitFilters, scope: PairingScope, paging: { page: number; size?: number }) {
  const where = visitWhere(f, scope);
  const [rows, total] = await Promise.all([
    db.leaderVisit.findMany({ where, orderBy: VISIT_ORDER, ...pageWindow(paging), include: { pairing: pairingLabel } }),
    db.leaderVisit.count({ where }),
  ]);
  return { rows, total };
}

export type ContactPoint = { pairingId: number; label: string; visits: number; lastVisit: Date | null };

export type LeaderSummary = {
  leader: string;
  contactPoints: ContactPoint[];
  target: number;
  made: number;
  lastVisit: Date | null;
  /** Contact points with no visit at all in the period. */
  neverVisited: ContactPoint[];
};

/**
 * Per contact leader, for a period: their contact points (active pairings naming them), the target
 * (domain/contact-visits.ts), the visits made, the last one, and the contact points not visited.
 * A visit counts for the leader it names; visits to pairings that are not their contact point
 * count as made, too, since the leader went.
 */
export async function leaderSummaries(db: DbOrTx, period: DayPeriod, scope: PairingScope, onlyLeaderUserId?: number): Promise<LeaderSummary[]> {
  const [pairings, visits] = await Promise.all([
    db.pairing.findMany({
      where: { ...scope, status: "ACTIVE", OR: [{ contactLeaderName: { not: "" } }, { contactLeaderId: { not: null } }], ...(onlyLeaderUserId ? { contactLeaderId: onlyLeaderUserId } : {}) },
      include: { contactLeader: { select: { displayName: true } }, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
      orderBy: { id: "asc" },
    }),
    db.leaderVisit.findMany({ where: { date: inPeriod(period), ...(Object.keys(scope).length > 0 ? { pairing: scope } : {}) }, select: { pairingId: true, leaderName: true, date: true } }),
  ]);
  const summaries = new Map<string, LeaderSummary>();
  const summaryOf = (leader: string) => {
    const found = summaries.get(leader);
    if (found) return found;
    const created: LeaderSummary = { leader, contactPoints: [], target: 0, made: 0, lastVisit: null, neverVisited: [] };
    summaries.set(leader, created);
    return created;
  };
  for (const p of pairings) {
    const leader = leaderOf(p);
    const own = visits.filter((v) => v.pairingId === p.id && v.leaderName === leader);
    const lastVisit = own.reduce<Date | null>((last, v) => (!last || v.date > last ? v.date : last), null);
    summaryOf(leader).contactPoints.push({ pairingId: p.id, label: `${p.unit.name} — ${p.village.township.name}${p.village.name}`, visits: own.length, lastVisit });
  }
  for (const visit of visits) {
    const summary = summaries.get(visit.leaderName);
    if (!summary) continue;
    summary.made += 1;
    if (!summary.lastVisit || visit.date > summary.lastVisit) summary.lastVisit = visit.date;
  }
  for (const summary of summaries.values()) {
    summary.target = visitTarget(summary.contactPoints.length, period);
    summary.neverVisited = summary.contactPoints.filter((c) => c.visits === 0);
  }
  return [...summaries.values()].sort((a, b) => a.leader.localeCompare(b.leader, "zh-CN"));
}

/** The names a visit may be recorded under: the contact leaders of the pairings `user` writes, and their own region's leader accounts. */
/** Whether the user has pairings to record visits for: a department above the counties (伊春市) reads theirs but has none. */
export async function hasWritablePairings(db: DbOrTx, user: CurrentUser): Promise<boolean> {
  return (await db.pairing.findFirst({ where: writablePairings(user), select: { id: true } })) !== null;
}

export async function leaderNames(db: DbOrTx, user: CurrentUser): Promise<string[]> {
  const [pairings, users] = await Promise.all([
    db.pairing.findMany({ where: { contactLeaderName: { not: "" }, ...writablePairings(user) }, select: { contactLeaderName: true }, distinct: ["contactLeaderName"] }),
    db.user.findMany({ where: writableLeaders(user), select: { displayName: true } }),
  ]);
  return [...new Set([...pairings.map((p) => p.contactLeaderName), ...users.map((u) => u.displayName)])].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

/** The leader accounts `user` may make a contact leader: their own region's. */
export async function leaderAccounts(db: DbOrTx, user: CurrentUser) {
  return db.user.findMany({ where: writableLeaders(user), select: { id: true, displayName: true }, orderBy: { displayName: "asc" } });
}

/** A LEADER user's own contact points and their latest visits there (their home page). */
export async function myContactWork(db: DbOrTx, user: CurrentUser, period: DayPeriod) {
  const [summaries, visits] = await Promise.all([
    leaderSummaries(db, period, pairingScope(user), user.id),
    db.leaderVisit.findMany({ where: { leaderUserId: user.id }, orderBy: [{ date: "desc" }, { id: "desc" }], take: 10, include: { pairing: pairingLabel } }),
  ]);
  return { summaries, visits };
}

/** The period a visit view shows when the URL names none: the months from the first visit to the last (else this year). */
export async function defaultVisitPeriod(db: DbOrTx, today: string): Promise<DayPeriod> {
  const [first, last] = await Promise.all([
    db.leaderVisit.findFirst({ orderBy: { date: "asc" }, select: { date: true } }),
    db.leaderVisit.findFirst({ orderBy: { date: "desc" }, select: { date: true } }),
  ]);
  if (!first || !last) return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const lastDay = shanghaiDay(last.date);
  const [y, m] = lastDay.split("-").map(Number);
  return { from: `${shanghaiDay(first.date).slice(0, 7)}-01`, to: shanghaiDay(addDays(fromShanghaiDay(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`), -1)) };
}

/**
 * The contact-point form's picker: the active pairings the department writes whose unit or village
 * matches what was typed, a few at a time, each named with its contact leader (so the department
 * sees who already holds it) and with its version (the form saves over the pairing).
 */
export async function contactPointChoices(db: DbOrTx, user: CurrentUser, typed: string) {
  const rows = await db.pairing.findMany({
    where: pairingChoiceWhere(user, typed, "record"),
    orderBy: PAIRING_CHOICE_ORDER,
    take: PAIRING_SEARCH_LIMIT,
    select: { id: true, version: true, contactLeaderName: true, contactLeader: { select: { displayName: true } }, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
  });
  return rows.map((p) => {
    const label = `${p.unit.name} — ${p.village.township.name}${p.village.name}`;
    const leader = leaderOf(p);
    return { value: p.id, label: leader ? `${label}（${leader}）` : label, version: p.version };
  });
}

export type ContactPointChoice = Awaited<ReturnType<typeof contactPointChoices>>[number];
