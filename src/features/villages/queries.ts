import "server-only";
import type { VillageOption } from "./components/village-select";
import type { Prisma } from "@/generated/sqlite/client";
import { pairingScope, type PairingScope, type Reader, regionVillagesOf, seesAllPairings } from "@/domain/visibility";
import type { DbOrTx } from "@/server/db";
import { idParam } from "@/domain/ids";
import { enumParam, pageWindow, parseListParams, type SearchParams } from "@/lib/list-params";

export const VILLAGE_SORTS = ["township", "name", "households", "population", "memberCount", "poorHouseholds"] as const;
export type VillageSort = (typeof VILLAGE_SORTS)[number];

export type VillageListQuery = {
  q: string;
  townshipId?: number;
  /** true: has an active pairing; false: has none. */
  paired?: boolean;
  sort: VillageSort;
  dir: "asc" | "desc";
  page: number;
  /** The reader's pairing scope (domain/visibility.ts): the pairings shown and filtered on lie within it. */
  scope: PairingScope;
  /** Rows to a page (PAGE_SIZES); the default when absent. */
  size?: number;
};

/** The list's query string as a query: the page and its export read it alike. */
export function villageListQuery(params: SearchParams, reader: Pick<Reader, "role" | "unitId" | "villageId" | "regionPath">): VillageListQuery {
  // Whether a village is paired (and with whom) is a filter only for those who see every pairing.
  const paired = seesAllPairings(reader) ? enumParam(params, "paired", ["yes", "no"]) : undefined;
  return {
    ...parseListParams(params, VILLAGE_SORTS),
    townshipId: idParam(params, "townshipId"),
    paired: paired ? paired === "yes" : undefined,
    scope: pairingScope(reader),
  };
}

/** The list's filters and its order, shared by the page and its export. */
export function villageWhere(query: Omit<VillageListQuery, "page">) {
  const activePairing = { some: { status: "ACTIVE" as const, ...query.scope } };
  return {
    ...regionVillagesOf(query.scope),
    ...(query.q ? { searchText: { contains: query.q.toLowerCase() } } : {}),
    ...(query.townshipId ? { townshipId: query.townshipId } : {}),
    ...(query.paired === true ? { pairings: activePairing } : {}),
    ...(query.paired === false ? { NOT: { pairings: activePairing } } : {}),
  };
}

export function villageOrderBy(query: Pick<VillageListQuery, "sort" | "dir">) {
  const orderBy =
    query.sort === "township"
      ? [{ township: { sortOrder: query.dir } }, { township: { sortKey: query.dir } }, { sortKey: "asc" as const }]
      : query.sort === "name"
        ? [{ sortKey: query.dir }] // pinyin order, not by code point
        : // Counts not recorded go last either way, alike on both databases.
          [{ [query.sort]: { sort: query.dir, nulls: "last" as const } }];
  return [...orderBy, { id: "asc" as const }];
}

export async function listVillages(db: DbOrTx, query: VillageListQuery) {
  const where = villageWhere(query);
  const [rows, total] = await Promise.all([
    db.village.findMany({
      where,
      orderBy: villageOrderBy(query),
      ...pageWindow(query),
      include: {
        township: { select: { id: true, name: true } },
        pairings: { where: { status: "ACTIVE", ...query.scope }, select: { id: true, unit: { select: { name: true } } } },
      },
    }),
    db.village.count({ where }),
  ]);
  return { rows, total };
}

/** The village with the pairings `scope` lets the reader see (a liaison: their own unit's only). */
export async function getVillage(db: DbOrTx, id: number, scope: PairingScope) {
  return db.village.findFirst({
    where: { id, ...regionVillagesOf(scope) },
    include: {
      township: true,
      pairings: { where: scope, include: { unit: { select: { id: true, name: true } } }, orderBy: [{ status: "asc" }, { startDate: "desc" }] },
      users: { where: { active: true }, select: { id: true, displayName: true, username: true } },
    },
  });
}

/** Every village with its township's name, for the village picker (grouped by township). */
export async function villageOptions(db: DbOrTx, where: Prisma.VillageWhereInput): Promise<VillageOption[]> {
  const villages = await db.village.findMany({
    where,
    orderBy: [{ township: { sortOrder: "asc" } }, { township: { sortKey: "asc" } }, { sortKey: "asc" }],
    select: { id: true, name: true, sortKey: true, township: { select: { name: true } } },
  });
  return villages.map((v) => ({ id: v.id, name: v.name, township: v.township.name, sortKey: v.sortKey }));
}

/** The village's name, for a page title. */
export async function villageName(db: DbOrTx, id: number, where: Prisma.VillageWhereInput) {
  return (await db.village.findFirst({ where: { id, ...where }, select: { name: true } }))?.name ?? null;
}

/** The village as its edit form needs it: only one the user may write. */
export async function getVillageForEdit(db: DbOrTx, id: number, where: Prisma.VillageWhereInput) {
  return db.village.findFirst({ where: { id, ...where } });
}
