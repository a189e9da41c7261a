import "server-only";
import type { DbOrTx } from "@/server/db";
import { pageWindow } from "@/lib/list-params";
import type { UNIT_KINDS } from "./schemas";

export const UNIT_SORTS = ["name", "kind", "memberCount", "updatedAt"] as const;
export type UnitSort = (typeof UNIT_SORTS)[number];

export type UnitListQuery = {
  q: string;
  kind?: (typeof UNIT_KINDS)[number];
  window?: boolean;
  sort: UnitSort;
  dir: "asc" | "desc";
  page: number;
  /** Rows to a page (PAGE_SIZES); the default when absent. */
  size?: number;
};

export async function listUnits(db: DbOrTx, query: UnitListQuery) {
  const where = {
    ...(query.q ? { searchText: { contains: query.q.toLowerCase() } } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.window !== undefined ? { isWindowService: query.window } : {}),
  };
  const [rows, total] = await Promise.all([
    db.unit.findMany({
      where,
      // Names in pinyin order, not by code point.
      orderBy: [{ [query.sort === "name" ? "sortKey" : query.sort]: query.dir }, { id: "asc" }],
      ...pageWindow(query),
      include: { _count: { select: { pairings: true } } },
    }),
    db.unit.count({ where }),
  ]);
  return { rows, total };
}

export async function getUnit(db: DbOrTx, id: number) {
  return db.unit.findUnique({
    where: { id },
    include: {
      pairings: { include: { village: { include: { township: true } } }, orderBy: { startDate: "desc" } },
      users: { where: { active: true }, select: { id: true, displayName: true, username: true } },
    },
  });
}

/** Every unit by name, for a form's unit picker. */
export async function unitOptions(db: DbOrTx) {
  return db.unit.findMany({ orderBy: [{ sortKey: "asc" }, { id: "asc" }], select: { id: true, name: true, sortKey: true } });
}
