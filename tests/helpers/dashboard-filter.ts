import type { Role } from "@/generated/sqlite/enums";
import { pairingScope } from "@/domain/visibility";
import { TIELI_REGION_PATH } from "./factories";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import type { Period } from "@/features/dashboard/period";

/** The dashboard filter a viewer with this role and scope gets for the period (and township). */
export function filterFor(viewer: { role: Role; unitId?: number | null; villageId?: number | null; regionPath?: string | null }, period: Period, townshipId?: number): DashboardFilter {
  // An ADMIN or LEADER given without a region is 铁力市's, as the factories make them.
  const regionPath = viewer.regionPath !== undefined ? viewer.regionPath : TIELI_REGION_PATH;
  return { scope: pairingScope({ role: viewer.role, unitId: viewer.unitId ?? null, villageId: viewer.villageId ?? null, regionPath }), period, townshipId };
}
