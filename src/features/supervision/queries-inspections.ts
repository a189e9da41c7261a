import "server-only";
import type { PairingScope } from "@/domain/visibility";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db-client";
import { pageWindow } from "@/lib/list-params";

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

/** Every pairing an inspection may cover (`where`: the department's own region's), grouped later by township in the form. */
export async function inspectablePairings(db: DbOrTx, where: Prisma.PairingWhereInput) {
  const rows = await db.pairing.findMany({
    where: { status: "ACTIVE", ...where },
    orderBy: [{ village: { township: { name: "asc" } } }, { unit: { name: "asc" } }, { id: "asc" }],
    select: { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
  });
  return rows.map((p) => ({ id: p.id, township: p.village.township.name, label: `${p.unit.name} — ${p.village.name}` }));
}
