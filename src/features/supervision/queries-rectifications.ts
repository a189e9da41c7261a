import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { rectificationOverdueWhere } from "@/domain/overdue";
import { RECTIFICATION_STATUSES, REPORTABLE_STATUSES } from "@/domain/rectification";
import { pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { idParam } from "@/domain/ids";
import { enumParam, pageWindow, type SearchParams } from "@/lib/list-params";

export const DUE_FILTERS = ["overdue", "pending", "toReport"] as const;

export type RectificationFilters = {
  status?: (typeof RECTIFICATION_STATUSES)[number];
  /** "overdue": past its due day and not closed; "pending": not closed; "toReport": waiting on the unit's report. */
  due?: (typeof DUE_FILTERS)[number];
  unitId?: number;
  townshipId?: number;
};

/** Open work first, the longest overdue on top; closed items after, newest closure first. Shared by the page and its export. */
export const RECTIFICATION_ORDER: Prisma.RectificationOrderByWithRelationInput[] = [{ closedAt: { sort: "desc", nulls: "first" } }, { dueDate: "asc" }, { id: "asc" }];

const pairingLabel = { select: { id: true, unit: { select: { id: true, name: true, regionId: true } }, village: { select: { name: true, township: { select: { name: true } } } } } } as const;

/** The list's query string as filters: the list, its export and the queues that link to it read it alike. */
export function rectificationFiltersOf(params: SearchParams): RectificationFilters {
  return {
    status: enumParam(params, "status", RECTIFICATION_STATUSES),
    due: enumParam(params, "due", DUE_FILTERS),
    unitId: idParam(params, "unit"),
    townshipId: idParam(params, "township"),
  };
}

/** Rectification items the user may see (a liaison: their unit's), filtered; one where for list and counts. */
export function rectificationWhere(user: CurrentUser, f: RectificationFilters, now = new Date()): Prisma.RectificationWhereInput {
  const conditions: Prisma.RectificationWhereInput[] = [{ pairing: pairingScope(user) }];
  if (f.status) conditions.push({ status: f.status });
  if (f.due === "overdue") conditions.push(rectificationOverdueWhere(now));
  if (f.due === "pending") conditions.push({ status: { not: "CLOSED" } });
  if (f.due === "toReport") conditions.push({ status: { in: [...REPORTABLE_STATUSES] } });
  if (f.unitId) conditions.push({ pairing: { unitId: f.unitId } });
  if (f.townshipId) conditions.push({ pairing: { village: { townshipId: f.townshipId } } });
  return { AND: conditions };
}

export async function listRectifications(db: DbOrTx, user: CurrentUser, query: RectificationFilters & { page: number; size?: number }, now = new Date()) {
  const where = rectificationWhere(user, query, now);
  const [rows, total] = await Promise.all([
    db.rectification.findMany({
      where,
      orderBy: RECTIFICATION_ORDER,
      ...pageWindow(query),
      include: { pairing: pairingLabel, inspection: { select: { id: true, date: true, kind: true } } },
    }),
    db.rectification.count({ where }),
  ]);
  return { rows, total };
}

export async function getRectificationForReader(db: DbOrTx, user: CurrentUser, id: number) {
  return db.rectification.findFirst({
    where: { id, pairing: pairingScope(user) },
    include: {
      pairing: pairingLabel,
      inspection: { select: { id: true, date: true, kind: true, inspectors: true } },
      reportedBy: { select: { displayName: true } },
      attachments: { orderBy: { id: "asc" } },
    },
  });
}

export type RectificationDetail = NonNullable<Awaited<ReturnType<typeof getRectificationForReader>>>;

export type UnitRectifications = { unitId: number; unitName: string; pending: number; overdue: number; closed: number };

/**
 * Per responsible unit (the unit of the item's pairing): items not closed, of them overdue, and
 * closed — the units with the most overdue first. Only units with items appear.
 */
export async function rectificationsByUnit(db: DbOrTx, user: CurrentUser, now = new Date()): Promise<UnitRectifications[]> {
  const rows = await db.rectification.findMany({
    where: rectificationWhere(user, {}, now),
    select: { id: true, pairing: { select: { unit: { select: { id: true, name: true } } } } },
  });
  const overdueIds = new Set(
    (await db.rectification.findMany({ where: rectificationWhere(user, { due: "overdue" }, now), select: { id: true } })).map((r) => r.id),
  );
  const closedIds = new Set((await db.rectification.findMany({ where: rectificationWhere(user, { status: "CLOSED" }, now), select: { id: true } })).map((r) => r.id));
  const byUnit = new Map<number, UnitRectifications>();
  for (const row of rows) {
    const unit = row.pairing?.unit;
    if (!unit) continue;
    const entry = byUnit.get(unit.id) ?? { unitId: unit.id, unitName: unit.name, pending: 0, overdue: 0, closed: 0 };
    if (closedIds.has(row.id)) entry.closed += 1;
    else entry.pending += 1;
    if (overdueIds.has(row.id)) entry.overdue += 1;
    byUnit.set(unit.id, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.overdue - a.overdue || b.pending - a.pending || a.unitName.localeCompare(b.unitName, "zh-CN"));
}
