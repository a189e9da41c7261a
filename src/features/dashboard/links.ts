// URLs of the dashboard and of the records behind its figures. Every link carries the explicit
// campaign, period, region and township, so a source list stays the same even if the defaults move.
import { ALL_CAMPAIGNS } from "@/features/campaigns/client";
import type { DashboardFilter } from "./queries/filter";

type Extra = Record<string, string | number | undefined>;
type F = Pick<DashboardFilter, "period" | "townshipId" | "campaignId" | "region">;

/** The URL value of the filter's campaign: its id, or "all" (every campaign). */
export const campaignParam = (filter: Pick<DashboardFilter, "campaignId">) => String(filter.campaignId ?? ALL_CAMPAIGNS);

function filterQuery(filter: F, extra: Extra = {}): string {
  const params = new URLSearchParams({ from: filter.period.from, to: filter.period.to });
  if (filter.region) params.set("region", String(filter.region.id));
  if (filter.townshipId) params.set("township", String(filter.townshipId));
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") params.set(key, String(value));
  params.set("campaign", campaignParam(filter));
  return params.toString();
}



export const dashboardHref = (filter: F, extra: Extra = {}) => `/dashboard?${filterQuery(filter, extra)}`;

export const sourceHref = {
  indicator: (filter: F, code: string) => `/dashboard/sources/indicator/${encodeURIComponent(code)}?${filterQuery(filter)}`,
  activities: (filter: F, extra: Extra = {}) => `/dashboard/sources/activities?${filterQuery(filter, extra)}`,
  pledges: (filter: F, status: "all" | "fulfilled" = "all") => `/dashboard/sources/pledges?${filterQuery(filter, { status })}`,
  visits: (filter: F) => `/dashboard/sources/visits?${filterQuery(filter)}`,
  inspections: (filter: F) => `/dashboard/sources/inspections?${filterQuery(filter)}`,
  surveys: (filter: F, extra: Extra = {}) => `/dashboard/sources/surveys?${filterQuery(filter, extra)}`,
  rectifications: (filter: F, extra: Extra = {}) => `/dashboard/sources/rectifications?${filterQuery(filter, extra)}`,
  pairings: (filter: F) => `/dashboard/sources/pairings?${filterQuery(filter)}`,
  health: (filter: F) => `/dashboard/health?${filterQuery(filter)}`,
  reporting: (filter: F, month: string) => `/dashboard/reporting?${filterQuery(filter, { reportMonth: month })}`,
};

/** A table of the dashboard as data, fetched when the reader opens it (tables/http.ts). */
export const tableHref = (table: string, filter: F) => `/api/dashboard/tables/${table}?${filterQuery(filter)}`;

/** The outcome table as an Excel workbook, for the same period and township (features/exports). */
export const outcomesExportHref = (filter: F) => `/api/exports/outcomes?${filterQuery(filter)}`;

/** The activities list of the activities area, filtered the way its engineers support. */
export function activityListHref(filter: F, indicator?: string): string {
  const params = new URLSearchParams({ from: filter.period.from, to: filter.period.to, status: "VERIFIED" });
  if (indicator) params.set("indicator", indicator);
  if (filter.townshipId) params.set("township", String(filter.townshipId));
  // The list's own default is the current campaign: the dashboard's choice must travel with the link.
  params.set("campaign", campaignParam(filter));
  return `/activities?${params.toString()}`;
}
