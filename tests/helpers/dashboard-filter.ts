import type { Role } from "@/generated/sqlite/enums";
import { pairingScope } from "@/domain/visibility";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import type { Period } from "@/features/dashboard/period";

/** The dashboard filter a viewer with this role and scope gets for the period (and township). */
export function filterFor(viewer: { role: Role; unitId?: number | null; villageId?: number | null }, period: Period, townshipId?: number): DashboardFilter {
  return { scope: pairingScope({ role: viewer.role, unitId: viewer.unitId ?? null, villageId: viewer.villageId ?? null }), period, townshipId };
}
