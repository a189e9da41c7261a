import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { type PairingScope, regionRowsOf } from "@/domain/visibility";
import type { DbOrTx } from "@/server/db";
import { pageWindow } from "@/lib/list-params";

export const TOWNSHIP_SORTS = ["sortOrder", "name", "villages"] as const;
export type TownshipSort = (typeof TOWNSHIP_SORTS)[number];

/** `scope`: the reader's pairing scope (domain/visibility.ts); pairings are counted within it only. */
export type TownshipListQuery = { q: string; sort: TownshipSort; dir: "asc" | "desc"; page: number; size?: number; scope: PairingScope };

export async function listTownships(db: DbOrTx, query: TownshipListQuery) {
  // Township names are Chinese: a plain `contains` behaves the same on both databases.
  const where = { ...regionRowsOf(query.scope), ...(query.q ? { name: { contains: query.q } } : {}) };
  const orderBy = query.sort === "villages" ? { villages: { _count: query.dir } } : { [query.sort === "name" ? "sortKey" : query.sort]: query.dir };
  const [rows, total] = await Promise.all([
    db.township.findMany({
      where,
      orderBy: [orderBy, { id: "asc" }],
      ...pageWindow(query),
      include: { _count: { select: { villages: true } } },
    }),
    db.township.count({ where }),
  ]);
  const activePairings = await activePairingsByTownship(db, rows.map((r) => r.id), query.scope);
  return { rows: rows.map((r) => ({ ...r, activePairings: activePairings.get(r.id) ?? 0 })), total };
}

/** Active pairings per township, in one query over the townships' villages. */
async function activePairingsByTownship(db: DbOrTx, townshipIds: number[], scope: PairingScope) {
  const villages = await db.village.findMany({
    where: { townshipId: { in: townshipIds } },
    select: { townshipId: true, _count: { select: { pairings: { where: { status: "ACTIVE", ...scope } } } } },
  });
  const counts = new Map<number, number>();
  for (const v of villages) counts.set(v.townshipId, (counts.get(v.townshipId) ?? 0) + v._count.pairings);
  return counts;
}

/** The township's villages with the active pairings `scope` lets the reader see (a liaison: their own unit's only). */
export async function getTownship(db: DbOrTx, id: number, scope: PairingScope) {
  return db.township.findFirst({
    where: { id, ...regionRowsOf(scope) },
    include: {
      villages: {
        orderBy: [{ sortKey: "asc" }, { id: "asc" }],
        include: { pairings: { where: { status: "ACTIVE", ...scope }, include: { unit: { select: { id: true, name: true } } } } },
      },
    },
  });
}

/** Every township `where` allows (the reader's region, or the writer's own), for filters and select boxes. */
export async function townshipOptions(db: DbOrTx, where: Prisma.TownshipWhereInput) {
  return db.township.findMany({ where, orderBy: [{ sortOrder: "asc" }, { sortKey: "asc" }], select: { id: true, name: true } });
}

/** The township's name, for a page title. */
export async function townshipName(db: DbOrTx, id: number, where: Prisma.TownshipWhereInput) {
  return (await db.township.findFirst({ where: { id, ...where }, select: { name: true } }))?.name ?? null;
}

/** The township as its edit form needs it: only one the user may write. */
export async function getTownshipForEdit(db: DbOrTx, id: number, where: Prisma.TownshipWhereInput) {
  return db.township.findFirst({ where: { id, ...where } });
}
