import "server-only";
import type { DbOrTx } from "@/server/db-client";

/** The whole catalogue in display order, each with how many activity values use it. */
export async function listIndicators(db: DbOrTx) {
  return db.indicator.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { values: true } } },
  });
}

export async function getIndicator(db: DbOrTx, id: number) {
  return db.indicator.findUnique({ where: { id }, include: { _count: { select: { values: true } } } });
}

/** What an activity form offers: active indicators, plus any inactive ones the activity already carries. */
export async function indicatorChoices(db: DbOrTx, carriedIds: number[] = []) {
  return db.indicator.findMany({
    where: { OR: [{ active: true }, { id: { in: carriedIds } }] },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, code: true, group: true, labelZh: true, labelEn: true, unitZh: true, unitEn: true, isMoney: true, active: true },
  });
}

/** Every indicator, for a list filter (an inactive one still names past values). */
export async function indicatorFilterOptions(db: DbOrTx) {
  return db.indicator.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, code: true, labelZh: true, labelEn: true, unitZh: true, unitEn: true, isMoney: true, active: true },
  });
}

/** Where a new indicator goes by default: after the last one, with room to slot others in between. */
export async function nextIndicatorSortOrder(db: DbOrTx) {
  const last = await db.indicator.aggregate({ _max: { sortOrder: true } });
  return (last._max.sortOrder ?? 0) + 10;
}
