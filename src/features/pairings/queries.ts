import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { todayInShanghai } from "@/domain/days";
import { campaignReferenceDay, idleDays, isDormant } from "@/domain/idle-days";
import { inCampaign } from "@/domain/campaign-scope";
import { pairingScope, usersInScope } from "@/domain/visibility";
import { writablePairings, writableUnits, writableVillages } from "@/server/scope";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db";
import { addDays, fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { idParam } from "@/domain/ids";
import { enumParam, pageWindow, parseListParams, type SearchParams } from "@/lib/list-params";
import { UNIT_KINDS, unitOptions } from "@/features/units";
import { villageOptions } from "@/features/villages";
import { PAIRING_STATUSES } from "./schemas";

export const PAIRING_SORTS = ["unit", "village", "township", "startDate", "status"] as const;
export type PairingSort = (typeof PAIRING_SORTS)[number];

export type PairingListQuery = {
  q: string;
  /** The campaign whose pairings are listed; absent: every campaign. */
  campaignId?: number;
  townshipId?: number;
  status?: (typeof PAIRING_STATUSES)[number];
  unitKind?: (typeof UNIT_KINDS)[number];
  sort: PairingSort;
  dir: "asc" | "desc";
  page: number;
  size?: number;
};

const listInclude = {
  unit: { select: { id: true, name: true, kind: true } },
  village: { select: { id: true, name: true, township: { select: { id: true, name: true } } } },
  contactLeader: { select: { displayName: true } },
  campaign: { select: { id: true, name: true, endsOn: true } },
} satisfies Prisma.PairingInclude;

function orderOf(sort: PairingSort, dir: "asc" | "desc"): Prisma.PairingOrderByWithRelationInput[] {
  switch (sort) {
    case "unit":
      return [{ unit: { sortKey: dir } }];
    case "village":
      return [{ village: { sortKey: dir } }];
    case "township":
      return [{ village: { township: { sortOrder: dir } } }, { village: { sortKey: "asc" } }];
    case "status":
      return [{ status: dir }, { startDate: "desc" }];
    default:
      return [{ startDate: dir }];
  }
}

/** The list's query string as a query: the page and its export read it alike. */
export function pairingListQuery(params: SearchParams): PairingListQuery {
  return {
    ...parseListParams(params, PAIRING_SORTS),
    campaignId: idParam(params, "campaign"),
    townshipId: idParam(params, "townshipId"),
    status: enumParam(params, "status", PAIRING_STATUSES),
    unitKind: enumParam(params, "unitKind", UNIT_KINDS),
  };
}

/** The list's filters inside the user's scope, and its order: shared by the page and its export. */
export function pairingWhere(user: CurrentUser, query: Omit<PairingListQuery, "page" | "sort" | "dir">): Prisma.PairingWhereInput {
  const q = query.q.toLowerCase();
  return {
    ...pairingScope(user),
    ...inCampaign(query.campaignId),
    ...(query.status ? { status: query.status } : {}),
    ...(query.unitKind ? { unit: { kind: query.unitKind } } : {}),
    ...(query.townshipId ? { village: { townshipId: query.townshipId } } : {}),
    ...(q ? { OR: [{ unit: { searchText: { contains: q } } }, { village: { searchText: { contains: q } } }] } : {}),
  };
}

export function pairingOrderBy(query: Pick<PairingListQuery, "sort" | "dir">): Prisma.PairingOrderByWithRelationInput[] {
  return [...orderOf(query.sort, query.dir), { id: "asc" }];
}

/** The pairings the user may see, filtered, sorted and one page long, each with its idle days. */
export async function listPairings(db: DbOrTx, user: CurrentUser, query: PairingListQuery, now = new Date()) {
  const where = pairingWhere(user, query);
  const [rows, total] = await Promise.all([
    db.pairing.findMany({
      where,
      orderBy: pairingOrderBy(query),
      ...pageWindow(query),
      include: listInclude,
    }),
    db.pairing.count({ where }),
  ]);
  return { rows: await withIdleDays(db, rows, now), total };
}

export type PairingRow = Awaited<ReturnType<typeof listPairings>>["rows"][number];

/**
 * Each pairing's last VERIFIED activity up to the reference day, and its idle days to that day
 * (domain/idle-days.ts), in one grouped query.
 */
async function withIdleDays<P extends { id: number; campaign: { endsOn: Date } }>(db: DbOrTx, pairings: P[], now: Date) {
  const today = todayInShanghai(now);
  const referenceOf = (p: P) => campaignReferenceDay(p.campaign.endsOn, today);
  // One grouped query per reference day (per campaign on the page: usually one).
  const byDay = new Map<string, P[]>();
  for (const p of pairings) byDay.set(referenceOf(p), [...(byDay.get(referenceOf(p)) ?? []), p]);
  const groups = await Promise.all(
    [...byDay].map(([referenceDay, ofDay]) =>
      db.activity.groupBy({
        by: ["pairingId"],
        where: { pairingId: { in: ofDay.map((p) => p.id) }, status: OFFICIAL_STATUS, date: { lt: addDays(fromShanghaiDay(referenceDay), 1) } },
        _max: { date: true },
      }),
    ),
  );
  const last = new Map(groups.flat().flatMap((g) => (g._max.date ? [[g.pairingId, g._max.date] as const] : [])));
  return pairings.map((p) => {
    const referenceDay = referenceOf(p);
    const lastVerifiedAt = last.get(p.id) ?? null;
    const idle = lastVerifiedAt ? idleDays(shanghaiDay(lastVerifiedAt), referenceDay) : null;
    return { ...p, lastVerifiedAt, idleDays: idle, idleReferenceDay: referenceDay, dormant: idle === null || isDormant(idle) };
  });
}

/**
 * "My pairings": a liaison's unit's, a village secretary's village's, a leader's contact points
 * (市委常委联系点). The organization department has no pairings of its own: empty.
 */
export async function listMyPairings(db: DbOrTx, user: CurrentUser, now = new Date()) {
  const where: Prisma.PairingWhereInput | null =
    user.role === "LIAISON" || user.role === "VILLAGE" ? pairingScope(user) : user.role === "LEADER" ? { contactLeaderId: user.id } : null;
  if (!where) return [];
  const rows = await db.pairing.findMany({
    where,
    orderBy: [{ status: "asc" }, { startDate: "desc" }, { id: "asc" }],
    include: listInclude,
    take: 100,
  });
  return withIdleDays(db, rows, now);
}

/** What the create and edit forms offer: units, villages by township and the LEADER accounts. */
export async function pairingFormOptions(db: DbOrTx, user: Pick<CurrentUser, "role" | "regionId" | "regionPath">) {
  // Only the department's own region's units and villages can be paired; leaders of the region and above it.
  const [units, villages, leaders] = await Promise.all([
    unitOptions(db, writableUnits(user)),
    villageOptions(db, writableVillages(user)),
    db.user.findMany({ where: { role: "LEADER", active: true, ...usersInScope(user) }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } }),
  ]);
  return { units, villages, leaders };
}

export type PairingFormOptions = Awaited<ReturnType<typeof pairingFormOptions>>;

/** The pairing to edit, if the user may see it. */
export async function getPairingForEdit(db: DbOrTx, user: CurrentUser, id: number) {
  return db.pairing.findFirst({
    where: { id, ...writablePairings(user) },
    include: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
  });
}

/** "市农业局 ⇄ 满天红村" for a page title, if the user may see the pairing. */
export async function pairingTitle(db: DbOrTx, user: CurrentUser, id: number) {
  const pairing = await db.pairing.findFirst({
    where: { id, ...pairingScope(user) },
    select: { unit: { select: { name: true } }, village: { select: { name: true } } },
  });
  return pairing ? `${pairing.unit.name} ⇄ ${pairing.village.name}` : null;
}

/** Pairing choices a filter's search box asks for: at most this many per answer. */
export const PAIRING_SEARCH_LIMIT = 20;

const choiceSelect = { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } satisfies Prisma.PairingSelect;
const choiceOf = (p: Prisma.PairingGetPayload<{ select: typeof choiceSelect }>) => ({ value: p.id, label: `${p.unit.name} — ${p.village.township.name}${p.village.name}` });

/** What a picker offers: the pairings a reader may see (list filters), or those new work may be recorded for (record forms). */
export type PairingPurpose = "read" | "record";

/**
 * Work is recorded only where the user may write (a department: its own region) and on active
 * pairings; an inspection covers, and a contact leader is given to, the same pairings.
 */
const pairingsFor = (user: CurrentUser, purpose: PairingPurpose): Prisma.PairingWhereInput =>
  purpose === "record" ? { ...writablePairings(user), status: "ACTIVE" } : pairingScope(user);

/**
 * The user's pairings whose unit or village matches what was typed (characters, pinyin, initials:
 * "mth" finds 满天红村), first by unit name, a few at a time: a province's list filter or record
 * form asks the server rather than carrying 20,000 choices in every page.
 */
export async function searchPairingChoices(db: DbOrTx, user: CurrentUser, typed: string, purpose: PairingPurpose = "read") {
  const pairings = await db.pairing.findMany({ where: pairingChoiceWhere(user, typed, purpose), orderBy: PAIRING_CHOICE_ORDER, take: PAIRING_SEARCH_LIMIT, select: choiceSelect });
  return pairings.map(choiceOf);
}

/** A picker's pairings for `purpose` whose unit or village (its township too) matches what was typed. */
export function pairingChoiceWhere(user: CurrentUser, typed: string, purpose: PairingPurpose): Prisma.PairingWhereInput {
  const q = typed.toLowerCase().replace(/\s+/g, "");
  return { ...pairingsFor(user, purpose), ...(q ? { OR: [{ unit: { searchText: { contains: q } } }, { village: { searchText: { contains: q } } }] } : {}) };
}

/** Pickers list pairings by their unit's pinyin order. */
export const PAIRING_CHOICE_ORDER: Prisma.PairingOrderByWithRelationInput[] = [{ unit: { sortKey: "asc" } }, { id: "asc" }];

/** At most this many pairings of one township at once (a county's township holds a few dozen). */
export const TOWNSHIP_PAIRINGS_LIMIT = 500;

/**
 * All of a township's pairings work may be recorded for (up to the bound): an inspection route
 * goes through a township and covers its pairings. Another region's township has none.
 */
export async function townshipPairingChoices(db: DbOrTx, user: CurrentUser, townshipId: number) {
  const pairings = await db.pairing.findMany({
    where: { AND: [pairingsFor(user, "record"), { village: { townshipId } }] },
    orderBy: PAIRING_CHOICE_ORDER,
    take: TOWNSHIP_PAIRINGS_LIMIT,
    select: choiceSelect,
  });
  return pairings.map(choiceOf);
}

/** The chosen pairing of a filter as a choice, if the user may see it. */
export async function pairingChoice(db: DbOrTx, user: CurrentUser, id: number | undefined) {
  if (id === undefined) return null;
  const pairing = await db.pairing.findFirst({ where: { id, ...pairingScope(user) }, select: choiceSelect });
  return pairing ? choiceOf(pairing) : null;
}

/**
 * A record form's pairing picker: the first pairings work may be recorded for (all of a liaison's
 * few, so they need no search) and the chosen one — the record's own, which an edit keeps even
 * after the pairing ended, else the one the link asked for, else the only one there is.
 */
export async function recordPairingPicker(db: DbOrTx, user: CurrentUser, chosen: { current?: number; wanted?: number } = {}) {
  const [initial, current, wanted] = await Promise.all([
    searchPairingChoices(db, user, "", "record"),
    chosen.current === undefined ? null : db.pairing.findFirst({ where: { id: chosen.current, ...writablePairings(user) }, select: choiceSelect }),
    chosen.wanted === undefined ? null : db.pairing.findFirst({ where: { id: chosen.wanted, ...pairingsFor(user, "record") }, select: choiceSelect }),
  ]);
  const picked = current ?? wanted;
  return { initial, selected: picked ? choiceOf(picked) : initial.length === 1 ? initial[0] : null, limit: PAIRING_SEARCH_LIMIT };
}

export type RecordPairingPicker = Awaited<ReturnType<typeof recordPairingPicker>>;
