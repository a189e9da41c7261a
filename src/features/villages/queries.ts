import "server-only";
import type { VillageOption } from "./components/village-select";
import type { DbOrTx } from "@/server/db";
import { pageWindow } from "@/lib/list-params";

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
  /** Rows to a page (PAGE_SIZES); the default when absent. */
  size?: number;
};

export async function listVillages(db: DbOrTx, query: VillageListQuery) {
  const activePairing = { some: { status: "ACTIVE" as const } };
  const where = {
    ...(query.q ? { searchText: { contains: query.q.toLowerCase() } } : {}),
    ...(query.townshipId ? { townshipId: query.townshipId } : {}),
    ...(query.paired === true ? { pairings: activePairing } : {}),
    ...(query.paired === false ? { NOT: { pairings: activePairing } } : {}),
  };
  const orderBy =
    query.sort === "township"
      ? [{ township: { sortOrder: query.dir } }, { township: { sortKey: query.dir } }, { sortKey: "asc" as const }]
      : // Names in pinyin order, not by code point.
        [{ [query.sort === "name" ? "sortKey" : query.sort]: query.dir }];
  const [rows, total] = await Promise.all([
    db.village.findMany({
      where,
      orderBy: [...orderBy, { id: "asc" }],
      ...pageWindow(query),
      include: {
        township: { select: { id: true, name: true } },
        pairings: { where: { status: "ACTIVE" }, select: { id: true, unit: { select: { name: true } } } },
      },
    }),
    db.village.count({ where }),
  ]);
  return { rows, total };
}

export async function getVillage(db: DbOrTx, id: number) {
  return db.village.findUnique({
    where: { id },
    include: {
      township: true,
      pairings: { include: { unit: { select: { id: true, name: true } } }, orderBy: [{ status: "asc" }, { startDate: "desc" }] },
      users: { where: { active: true }, select: { id: true, displayName: true, username: true } },
    },
  });
}

/** Every village with its township's name, for the village picker (grouped by township). */
export async function villageOptions(db: DbOrTx): Promise<VillageOption[]> {
  const villages = await db.village.findMany({
    orderBy: [{ township: { sortOrder: "asc" } }, { township: { sortKey: "asc" } }, { sortKey: "asc" }],
    select: { id: true, name: true, sortKey: true, township: { select: { name: true } } },
  });
  return villages.map((v) => ({ id: v.id, name: v.name, township: v.township.name, sortKey: v.sortKey }));
}

/** The village's name, for a page title. */
export async function villageName(db: DbOrTx, id: number) {
  return (await db.village.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** The village as its edit form needs it. */
export async function getVillageForEdit(db: DbOrTx, id: number) {
  return db.village.findUnique({ where: { id } });
}
