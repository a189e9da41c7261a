import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import type { ContentAreaCode } from "@/lib/content-areas";
import { verifiedDespiteWarningsWhere } from "@/domain/evidence";
import type { DbOrTx } from "@/server/db";
import { type DashboardFilter, pairingWhere, verifiedActivityWhere } from "../filter";
import { pendingActivityWhere } from "../headline";
import { type Page, pairingColumns, paging } from "./shared";

export type ActivitySourceOptions = {
  /** VERIFIED (the official figures) or SUBMITTED (pending, shown apart). */
  status?: "VERIFIED" | "SUBMITTED";
  area?: ContentAreaCode;
  unitId?: number;
  villageId?: number;
  pairingId?: number;
  confirmation?: "CONFIRMED";
  /** Only activities verified despite evidence warnings. */
  evidence?: "warned";
};

/** The activities behind an activity count; each contributes 1. Extra filters narrow, never widen, the scope. */
export function activitySourceWhere(filter: DashboardFilter, options: ActivitySourceOptions = {}): Prisma.ActivityWhereInput {
  const base = options.status === "SUBMITTED" ? pendingActivityWhere(filter) : verifiedActivityWhere(filter);
  const extra: Prisma.ActivityWhereInput = {
    ...(options.area ? { area: options.area } : {}),
    ...(options.pairingId ? { pairingId: options.pairingId } : {}),
    ...(options.confirmation ? { confirmation: options.confirmation } : {}),
    ...(options.evidence ? verifiedDespiteWarningsWhere : {}),
    ...(options.unitId || options.villageId
      ? { pairing: { ...(options.unitId ? { unitId: options.unitId } : {}), ...(options.villageId ? { villageId: options.villageId } : {}) } }
      : {}),
  };
  return Object.keys(extra).length > 0 ? { AND: [base, extra] } : base;
}

const activityColumns = { id: true, date: true, title: true, area: true, status: true, confirmation: true, pairing: pairingColumns } as const;

export async function activitySources(db: DbOrTx, filter: DashboardFilter, options: ActivitySourceOptions, page: Page) {
  const where = activitySourceWhere(filter, options);
  const [rows, count] = await Promise.all([
    db.activity.findMany({ where, select: activityColumns, orderBy: [{ date: "asc" }, { id: "asc" }], ...paging(page) }),
    db.activity.count({ where }),
  ]);
  return { rows, count };
}

/** Each VERIFIED activity carrying the indicator, with its value (its contribution) and the grand total. */
export async function indicatorSources(db: DbOrTx, filter: DashboardFilter, code: string, page: Page) {
  const indicator = await db.indicator.findUnique({ where: { code } });
  if (!indicator) return null;
  const where: Prisma.ActivityIndicatorValueWhereInput = { indicatorId: indicator.id, activity: verifiedActivityWhere(filter) };
  const [rows, count, sum] = await Promise.all([
    db.activityIndicatorValue.findMany({
      where,
      select: { id: true, value: true, activity: { select: activityColumns } },
      orderBy: [{ activity: { date: "asc" } }, { activityId: "asc" }],
      ...paging(page),
    }),
    db.activityIndicatorValue.count({ where }),
    db.activityIndicatorValue.aggregate({ where, _sum: { value: true } }),
  ]);
  return { indicator, rows, count, total: sum._sum.value ?? 0 };
}

/** Names of the unit, village or pairing a source link narrowed to — looked up within the viewer's scope only. */
export async function narrowingNames(db: DbOrTx, filter: DashboardFilter, options: ActivitySourceOptions): Promise<string[]> {
  if (!options.unitId && !options.villageId && !options.pairingId) return [];
  const pairing = await db.pairing.findFirst({
    where: {
      AND: [
        pairingWhere(filter) ?? {},
        { ...(options.unitId ? { unitId: options.unitId } : {}), ...(options.villageId ? { villageId: options.villageId } : {}), ...(options.pairingId ? { id: options.pairingId } : {}) },
      ],
    },
    select: { unit: { select: { name: true } }, village: { select: { name: true } } },
  });
  if (!pairing) return [];
  if (options.pairingId) return [`${pairing.unit.name} — ${pairing.village.name}`];
  return [...(options.unitId ? [pairing.unit.name] : []), ...(options.villageId ? [pairing.village.name] : [])];
}
