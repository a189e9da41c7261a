// Where-clauses of the non-activity records behind the figures (pledges, visits, inspections,
// rectifications, surveys). Shared by the figures and their source pages.
import type { Prisma } from "@/generated/sqlite/client";
import { rectificationOverdueWhere } from "@/domain/overdue";
import { fromShanghaiDay } from "@/lib/dates";
import { instantRange } from "../period";
import { type DashboardFilter, onPairing, pairingWhere, villageWhere } from "./filter";

export type PledgeStatusFilter = "all" | "fulfilled";

/** Pledges "of the period" are those due in it; fulfilled means their status is FULFILLED now. */
export function pledgeWhere(filter: DashboardFilter, status: PledgeStatusFilter = "all"): Prisma.PledgeWhereInput {
  return { dueDate: instantRange(filter.period), ...onPairing(filter), ...(status === "fulfilled" ? { status: "FULFILLED" } : {}) };
}

export function leaderVisitWhere(filter: DashboardFilter): Prisma.LeaderVisitWhereInput {
  return { date: instantRange(filter.period), ...onPairing(filter) };
}

/** Inspections in the period; a scoped or township view counts those that covered one of its pairings. */
export function inspectionWhere(filter: DashboardFilter): Prisma.InspectionWhereInput {
  const pairing = pairingWhere(filter);
  return { date: instantRange(filter.period), ...(pairing ? { pairings: { some: { pairing } } } : {}) };
}

/** Rectification items raised by the period's inspections and not closed yet. */
export function openRectificationWhere(filter: DashboardFilter): Prisma.RectificationWhereInput {
  return { status: { not: "CLOSED" }, inspection: { date: instantRange(filter.period) }, ...onPairing(filter) };
}

/** Of those, the ones past their due day on `today` (a Shanghai day, so a kept figure is kept per day). */
export function overdueRectificationWhere(filter: DashboardFilter, today: string): Prisma.RectificationWhereInput {
  return { AND: [openRectificationWhere(filter), rectificationOverdueWhere(fromShanghaiDay(today))] };
}

/** Survey rows taken in the period in the villages the filter sees (optionally one round). */
export function surveyWhere(filter: DashboardFilter, round?: string): Prisma.SurveyWhereInput {
  const village = villageWhere(filter);
  return {
    takenOn: instantRange(filter.period),
    ...(Object.keys(village).length > 0 ? { village } : {}),
    ...(round ? { period: round } : {}),
  };
}
