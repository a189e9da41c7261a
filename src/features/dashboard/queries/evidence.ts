import "server-only";
// The "evidence checks" panel: activities verified despite evidence warnings, per unit. Counted with
// the very where-builder of its source list (activities?evidence=warned&unit=…), so each figure
// and the records behind it always agree (tests/db/dashboard-property.test.ts).
import type { DbOrTx } from "@/server/db";
import { figure } from "./figure";
import type { DashboardFilter } from "./filter";
import { activitySourceWhere } from "./sources/activity-sources";

export type UnitWarned = { unitId: number; unit: string; count: number };

export async function verifiedDespiteWarnings(db: DbOrTx, filter: DashboardFilter): Promise<{ total: number; units: UnitWarned[] }> {
  const groups = await db.activity.groupBy({ by: ["pairingId"], where: activitySourceWhere(filter, { evidence: "warned" }), _count: { _all: true } });
  const byUnit = new Map<number, UnitWarned>();
  // In slices: SQLite takes at most 999 bound parameters in one statement.
  for (let i = 0; i < groups.length; i += 500) {
    const slice = groups.slice(i, i + 500);
    const pairings = await db.pairing.findMany({ where: { id: { in: slice.map((g) => g.pairingId) } }, select: { id: true, unit: { select: { id: true, name: true } } } });
    const unitOf = new Map(pairings.map((p) => [p.id, p.unit]));
    for (const g of slice) {
      const unit = unitOf.get(g.pairingId)!;
      const row = byUnit.get(unit.id) ?? { unitId: unit.id, unit: unit.name, count: 0 };
      row.count += g._count._all;
      byUnit.set(unit.id, row);
    }
  }
  const units = [...byUnit.values()].sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, "zh-CN"));
  return { total: units.reduce((sum, u) => sum + u.count, 0), units };
}

export const evidenceFigure = figure("verifiedDespiteWarnings", ({ db }, filter) => verifiedDespiteWarnings(db, filter));
