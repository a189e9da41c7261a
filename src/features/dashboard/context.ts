import "server-only";
import { cache } from "react";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { pairingScope } from "@/server/scope";
import { dataVersion, memoize } from "./memo";
import { parsePeriod, parseTownship, type Period, type PeriodPreset, todayInShanghai } from "./period";
import { activityMatrix } from "./queries/activity-matrix";
import { campaignPeriod } from "./queries/default-period";
import type { DashboardFilter } from "./queries/filter";

export type DashboardContext = {
  filter: DashboardFilter;
  preset: PeriodPreset;
  campaign: Period;
  today: string;
  /** Townships the viewer can choose from (those of their pairings, for a scoped viewer). */
  townships: { id: number; name: string }[];
  /** The unit or village a scoped viewer's figures are limited to. */
  scopeName: string | null;
};

/** The viewer's row scope, the period and the township of the URL. */
export async function loadDashboardContext(user: CurrentUser, params: SearchParams): Promise<DashboardContext> {
  const scope = pairingScope(user);
  const today = todayInShanghai();
  const scoped = Object.keys(scope).length > 0;
  const [campaign, townships, scopeName] = await Promise.all([
    fromMemo("campaign", { scope }, () => campaignPeriod(db, { scope }, today), today),
    db.township.findMany({
      where: scoped ? { villages: { some: { pairings: { some: scope } } } } : {},
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    scopeNameOf(user),
  ]);
  const { period, preset } = parsePeriod(params, campaign, today);
  const township = parseTownship(params);
  // A township outside the viewer's list would only ever show zeros; ignore it.
  const townshipId = townships.some((t) => t.id === township) ? township : undefined;
  return { filter: { scope, townshipId, period }, preset, campaign, today, townships, scopeName };
}

async function scopeNameOf(user: CurrentUser): Promise<string | null> {
  if (user.role === "LIAISON") return (await db.unit.findUnique({ where: { id: user.unitId ?? -1 }, select: { name: true } }))?.name ?? "—";
  if (user.role === "VILLAGE") return (await db.village.findUnique({ where: { id: user.villageId ?? -1 }, select: { name: true } }))?.name ?? "—";
  return null;
}

/** The data version, read once per request (see memo.ts). */
const requestVersion = cache(() => dataVersion(db));

/**
 * A dashboard query's result for this filter at the current data version: computed once, then
 * shared by the sections of the page and by later viewers of the same view until data changes.
 */
export async function fromMemo<T>(name: string, filter: Pick<DashboardFilter, "scope"> & Partial<DashboardFilter>, compute: () => Promise<T>, extra = ""): Promise<T> {
  return memoize(`${name}|${JSON.stringify(filter)}|${extra}`, await requestVersion(), compute);
}

/** Serves the area, township and ranking sections and the pair health matrix alike. */
export const loadMatrix = (filter: DashboardFilter) => fromMemo("matrix", filter, () => activityMatrix(db, filter));
