import "server-only";
import type { DbOrTx } from "@/server/db";
import { instantRange, monthPeriod } from "../period";
import { figure } from "./figure";
import { type DashboardFilter, onPairing, pairingsInEffectWhere } from "./filter";
import { pairingDirectory } from "./pairing-directory";

export type ReportingPairing = { pairingId: number; unitId: number; unitName: string; villageName: string; townshipName: string; filed: number };

export type ReportingRate = { month: string; pairings: ReportingPairing[]; reported: number };

/**
 * Reporting in a month: of the pairings in effect that month, those that submitted at least one
 * activity in it (submittedAt in the month, in any status but DRAFT — a returned entry was filed
 * too). The period filter does not apply; the scope and the township do.
 */
export async function reportingRate(db: DbOrTx, filter: DashboardFilter, month: string): Promise<ReportingRate> {
  const period = monthPeriod(month);
  const [pairings, filed] = await Promise.all([
    pairingDirectory(db, filter, pairingsInEffectWhere(filter, period)),
    db.activity.groupBy({
      by: ["pairingId"],
      where: { submittedAt: instantRange(period), status: { not: "DRAFT" }, ...onPairing(filter) },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(filed.map((f) => [f.pairingId, f._count._all]));
  const rows = pairings.map((p) => ({
    pairingId: p.id,
    unitId: p.unitId,
    unitName: p.unitName,
    villageName: p.villageName,
    townshipName: p.townshipName,
    filed: counts.get(p.id) ?? 0,
  }));
  return { month, pairings: rows, reported: rows.filter((r) => r.filed > 0).length };
}

/** The month's reporting for the filter (the dashboard's section and its full list). */
export const reportingFigure = figure("reporting", ({ db }, filter, month: string) => reportingRate(db, filter, month));
