import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db";
import { pairingScope } from "@/server/scope";
import { PAGE_SIZE } from "@/lib/list-params";
import type { UNIT_KINDS } from "@/features/units/schemas";
import type { PAIRING_STATUSES } from "./schemas";

export const PAIRING_SORTS = ["unit", "village", "township", "startDate", "status"] as const;
export type PairingSort = (typeof PAIRING_SORTS)[number];

export type PairingListQuery = {
  q: string;
  townshipId?: number;
  status?: (typeof PAIRING_STATUSES)[number];
  unitKind?: (typeof UNIT_KINDS)[number];
  sort: PairingSort;
  dir: "asc" | "desc";
  page: number;
};

const listInclude = {
  unit: { select: { id: true, name: true, kind: true } },
  village: { select: { id: true, name: true, township: { select: { id: true, name: true } } } },
  contactLeader: { select: { displayName: true } },
} satisfies Prisma.PairingInclude;

function orderOf(sort: PairingSort, dir: "asc" | "desc"): Prisma.PairingOrderByWithRelationInput[] {
  switch (sort) {
    case "unit":
      return [{ unit: { name: dir } }];
    case "village":
      return [{ village: { name: dir } }];
    case "township":
      return [{ village: { township: { sortOrder: dir } } }, { village: { name: "asc" } }];
    case "status":
      return [{ status: dir }, { startDate: "desc" }];
    default:
      return [{ startDate: dir }];
  }
}

/** The pairings the user may see, filtered, sorted and one page long. */
export async function listPairings(db: DbOrTx, user: CurrentUser, query: PairingListQuery) {
  const q = query.q.toLowerCase();
  const where: Prisma.PairingWhereInput = {
    ...pairingScope(user),
    ...(query.status ? { status: query.status } : {}),
    ...(query.unitKind ? { unit: { kind: query.unitKind } } : {}),
    ...(query.townshipId ? { village: { townshipId: query.townshipId } } : {}),
    ...(q ? { OR: [{ unit: { searchText: { contains: q } } }, { village: { searchText: { contains: q } } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.pairing.findMany({
      where,
      orderBy: [...orderOf(query.sort, query.dir), { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: listInclude,
    }),
    db.pairing.count({ where }),
  ]);
  const last = await lastVerifiedActivityDates(db, rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, lastVerifiedAt: last.get(r.id) ?? null })), total };
}

export type PairingRow = Awaited<ReturnType<typeof listPairings>>["rows"][number];

/** The date of each pairing's latest VERIFIED activity, in one grouped query. */
export async function lastVerifiedActivityDates(db: DbOrTx, pairingIds: number[]) {
  if (pairingIds.length === 0) return new Map<number, Date>();
  const groups = await db.activity.groupBy({
    by: ["pairingId"],
    where: { pairingId: { in: pairingIds }, status: "VERIFIED" },
    _max: { date: true },
  });
  return new Map(groups.flatMap((g) => (g._max.date ? [[g.pairingId, g._max.date] as const] : [])));
}

/**
 * "My pairings": a liaison's unit's, a village secretary's village's, a leader's contact points
 * (市委常委联系点). The organization department has no pairings of its own: empty.
 */
export async function listMyPairings(db: DbOrTx, user: CurrentUser) {
  const where: Prisma.PairingWhereInput | null =
    user.role === "LIAISON" || user.role === "VILLAGE" ? pairingScope(user) : user.role === "LEADER" ? { contactLeaderId: user.id } : null;
  if (!where) return [];
  const rows = await db.pairing.findMany({
    where,
    orderBy: [{ status: "asc" }, { startDate: "desc" }, { id: "asc" }],
    include: listInclude,
    take: 100,
  });
  const last = await lastVerifiedActivityDates(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, lastVerifiedAt: last.get(r.id) ?? null }));
}

/** What the create and edit forms offer: units, villages by township and the LEADER accounts. */
export async function pairingFormOptions(db: DbOrTx) {
  const [units, villages, leaders] = await Promise.all([
    db.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.village.findMany({
      orderBy: [{ township: { sortOrder: "asc" } }, { township: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, township: { select: { name: true } } },
    }),
    db.user.findMany({ where: { role: "LEADER", active: true }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } }),
  ]);
  return { units, villages: villages.map((v) => ({ id: v.id, name: v.name, township: v.township.name })), leaders };
}

export type PairingFormOptions = Awaited<ReturnType<typeof pairingFormOptions>>;

/** The pairing to edit, if the user may see it. */
export async function getPairingForEdit(db: DbOrTx, user: CurrentUser, id: number) {
  return db.pairing.findFirst({
    where: { id, ...pairingScope(user) },
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
