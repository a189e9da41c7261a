import "server-only";
import type { PairingScope } from "@/domain/visibility";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db-client";
import { pageWindow } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { writablePairings } from "@/server/scope";
import { PAIRING_SEARCH_LIMIT, searchPairingChoices } from "@/features/pairings";

const pairingLabel = { select: { id: true, unit: { select: { id: true, name: true, regionId: true } }, village: { select: { name: true, township: { select: { name: true } } } } } } as const;

/** The list's order, shared by the page and its export: newest first. */
export const INSPECTION_ORDER: Prisma.InspectionOrderByWithRelationInput[] = [{ date: "desc" }, { id: "desc" }];

/** The inspections a reader sees: those that covered a pairing in their scope (their region's). */
export function inspectionsInScope(scope: PairingScope): Prisma.InspectionWhereInput {
  return Object.keys(scope).length > 0 ? { pairings: { some: { pairing: scope } } } : {};
}

/** Inspections, newest first, with how many pairings each covered and how many of its items are still open. */
export async function listInspections(db: DbOrTx, scope: PairingScope, paging: { page: number; size?: number }) {
  const where = inspectionsInScope(scope);
  const [rows, total] = await Promise.all([
    db.inspection.findMany({
      where,
      orderBy: INSPECTION_ORDER,
      ...pageWindow(paging),
      include: {
        _count: { select: { pairings: true, rectifications: true } },
        rectifications: { where: { status: { not: "CLOSED" } }, select: { id: true } },
      },
    }),
    db.inspection.count({ where }),
  ]);
  return { rows: rows.map(({ rectifications, ...row }) => ({ ...row, openItems: rectifications.length })), total };
}

export async function getInspection(db: DbOrTx, id: number, scope: PairingScope) {
  return db.inspection.findFirst({
    where: { id, ...inspectionsInScope(scope) },
    include: {
      pairings: { include: { pairing: pairingLabel }, orderBy: { pairingId: "asc" } },
      rectifications: { include: { pairing: pairingLabel }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
    },
  });
}

export type InspectionDetail = NonNullable<Awaited<ReturnType<typeof getInspection>>>;

/**
 * The inspection form's pairing picker: the first of the pairings an inspection may cover (the
 * department's own region's active ones; the rest are searched on the server), and the townships
 * they lie in, whose pairings the form adds all at once.
 */
export async function inspectionPairingChoices(db: DbOrTx, user: CurrentUser) {
  const [initial, townships] = await Promise.all([
    searchPairingChoices(db, user, "", "record"),
    db.township.findMany({
      where: { villages: { some: { pairings: { some: { status: "ACTIVE", ...writablePairings(user) } } } } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { initial, limit: PAIRING_SEARCH_LIMIT, townships };
}
