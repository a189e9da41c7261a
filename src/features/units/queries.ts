import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { pairingScope, type PairingScope, type Reader, regionRowsOf } from "@/domain/visibility";
import type { DbOrTx } from "@/server/db";
import { enumParam, pageWindow, parseListParams, type SearchParams } from "@/lib/list-params";
import { UNIT_KINDS } from "./schemas";

export const UNIT_SORTS = ["name", "kind", "memberCount", "updatedAt"] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

export type UnitListQuery = {
  q: string;
  kind?: (typeof UNIT_KINDS)[number];
  window?: boolean;
  sort: UnitSort;
  dir: "asc" | "desc";
  page: number;
  /** The reader's pairing scope (domain/visibility.ts): pairings are counted within it only. */
  scope: PairingScope;
  /** Rows to a page (PAGE_SIZES); the default when absent. */
  size?: number;
};

/** The list's query string as a query: the page and its export read it alike. */
export function unitListQuery(params: SearchParams, reader: Pick<Reader, "role" | "unitId" | "villageId" | "regionPath">): UnitListQuery {
  const windowFlag = enumParam(params, "window", ["yes", "no"]);
  return {
    ...parseListParams(params, UNIT_SORTS),
    kind: enumParam(params, "kind", UNIT_KINDS),
    window: windowFlag ? windowFlag === "yes" : undefined,
    scope: pairingScope(reader),
  };
}

/** The list's filters and its order, shared by the page and its export. */
export function unitWhere(query: Omit<UnitListQuery, "page">) {
  return {
    ...regionRowsOf(query.scope),
    ...(query.q ? { searchText: { contains: query.q.toLowerCase() } } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.window !== undefined ? { isWindowService: query.window } : {}),
  };
}

export function unitOrderBy(query: Pick<UnitListQuery, "sort" | "dir">) {
  // Names in pinyin order, not by code point; members not recorded go last either way.
  const order = query.sort === "name" ? { sortKey: query.dir } : query.sort === "memberCount" ? { memberCount: { sort: query.dir, nulls: "last" as const } } : { [query.sort]: query.dir };
  return [order, { id: "asc" as const }];
}

export async function listUnits(db: DbOrTx, query: UnitListQuery) {
  const where = unitWhere(query);
  const [rows, total] = await Promise.all([
    db.unit.findMany({
      where,
      orderBy: unitOrderBy(query),
      ...pageWindow(query),
      include: { _count: { select: { pairings: { where: query.scope } } } },
    }),
    db.unit.count({ where }),
  ]);
  return { rows, total };
}

/** The unit with the pairings `scope` lets the reader see (a liaison: their own unit's only). */
export async function getUnit(db: DbOrTx, id: number, scope: PairingScope) {
  return db.unit.findFirst({
    where: { id, ...regionRowsOf(scope) },
    include: {
      pairings: { where: scope, include: { village: { include: { township: true } } }, orderBy: { startDate: "desc" } },
      users: { where: { active: true }, select: { id: true, displayName: true, username: true } },
    },
  });
}

/** Every unit `where` allows by name, for a form's unit picker. */
export async function unitOptions(db: DbOrTx, where: Prisma.UnitWhereInput) {
  return db.unit.findMany({ where, orderBy: [{ sortKey: "asc" }, { id: "asc" }], select: { id: true, name: true, sortKey: true } });
}
