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

export type IndicatorChoice = Awaited<ReturnType<typeof indicatorChoices>>[number];
