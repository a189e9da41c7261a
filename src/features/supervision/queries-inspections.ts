import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "@/server/db-client";
import { pageWindow } from "@/lib/list-params";

const pairingLabel = { select: { id: true, unit: { select: { id: true, name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } } as const;

/** The list's order, shared by the page and its export: newest first. */
export const INSPECTION_ORDER: Prisma.InspectionOrderByWithRelationInput[] = [{ date: "desc" }, { id: "desc" }];

/** Inspections, newest first, with how many pairings each covered and how many of its items are still open. */
export async function listInspections(db: DbOrTx, paging: { page: number; size?: number }) {
  const [rows, total] = await Promise.all([
    db.inspection.findMany({
      orderBy: INSPECTION_ORDER,
      ...pageWindow(paging),
      include: {
        _count: { select: { pairings: true, rectifications: true } },
        rectifications: { where: { status: { not: "CLOSED" } }, select: { id: true } },
      },
    }),
    db.inspection.count(),
  ]);
  return { rows: rows.map(({ rectifications, ...row }) => ({ ...row, openItems: rectifications.length })), total };
}

export async function getInspection(db: DbOrTx, id: number) {
  return db.inspection.findUnique({
    where: { id },
    include: {
      pairings: { include: { pairing: pairingLabel }, orderBy: { pairingId: "asc" } },
      rectifications: { include: { pairing: pairingLabel }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
    },
  });
}

export type InspectionDetail = NonNullable<Awaited<ReturnType<typeof getInspection>>>;

/** Every pairing an inspection may cover, grouped later by township in the form. */
export async function inspectablePairings(db: DbOrTx) {
  const rows = await db.pairing.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ village: { township: { name: "asc" } } }, { unit: { name: "asc" } }, { id: "asc" }],
    select: { id: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
  });
  return rows.map((p) => ({ id: p.id, township: p.village.township.name, label: `${p.unit.name} — ${p.village.name}` }));
}
