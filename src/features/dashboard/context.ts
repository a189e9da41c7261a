import "server-only";
import { cache } from "react";
import { todayInShanghai } from "@/domain/days";
import { idParam } from "@/domain/ids";
import { pairingScope } from "@/domain/visibility";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { env } from "@/server/env";
import { ownWriteVersion, readDb } from "@/server/read-db";
import { chosenCampaign, type ListedCampaign, listCampaigns } from "@/features/campaigns";
import { CURRENT_ONLY, dataVersion, type Freshness, memoize, type Served } from "./memo";
import { parsePeriod, type Period, type PeriodPreset } from "./period";
import { campaignFigure } from "./queries/default-period";
import type { Figure, FigureContext } from "./queries/figure";
import type { DashboardFilter } from "./queries/filter";
import { dashboardRegionTrail, type RegionNode } from "./queries/region-choice";
import { viewerScopeName, viewerTownships } from "./queries/viewer";

export type DashboardContext = {
  filter: DashboardFilter;
  /** The campaigns to choose from, newest first. */
  campaigns: ListedCampaign[];
  preset: PeriodPreset;
  campaign: Period;
  today: string;
  /** Townships the viewer can choose from (those of their pairings, for a scoped viewer). */
  townships: { id: number; name: string }[];
  /** The unit, village or region a scoped viewer's figures are limited to. */
  scopeName: string | null;
  /** The region shown (the reader's own or one below it chosen by `region=`); null unless the reader's scope is a region. */
  region: RegionNode | null;
  /** The regions from the reader's own down to the one shown (the breadcrumb). */
  regionTrail: RegionNode[];
};

/**
 * The viewer's row scope, the campaign, the period, the region and the township of the URL. With no campaign:
 * the current one; "all": every campaign. With no period: the campaign's own, or for all campaigns
 * the span of their reported activities.
 */
export async function loadDashboardContext(user: CurrentUser, params: SearchParams): Promise<DashboardContext> {
  const db = await readDb();
  const scope = pairingScope(user);
  const today = todayInShanghai();
  const [chosen, campaigns, readerTownships, readerScopeName, regionTrail] = await Promise.all([
    chosenCampaign(db, user, params, today, true),
    listCampaigns(db, user),
    viewerTownships(db, scope),
    viewerScopeName(db, user),
    dashboardRegionTrail(db, user, params),
  ]);
  const shown = regionTrail.at(-1) ?? null;
  // A region below the reader's narrows every figure; the reader's own is no narrowing at all.
  const region = shown && regionTrail.length > 1 ? { id: shown.id, path: shown.path } : undefined;
  const townships = region ? await viewerTownships(db, { unit: { region: { path: { startsWith: region.path } } } }) : readerTownships;
  const scopeName = region ? shown!.name : readerScopeName;
  const campaignId = chosen.campaign?.id;
  const campaign = chosen.campaign ? { from: chosen.campaign.start, to: chosen.campaign.end } : await loadFigure(campaignFigure, { scope }, today);
  const { period, preset } = parsePeriod(params, campaign, today);
  const township = idParam(params, "township");
  // A township outside the viewer's list would only ever show zeros; ignore it.
  const townshipId = townships.some((t) => t.id === township) ? township : undefined;
  return { filter: { scope, campaignId, region, townshipId, period }, campaigns, preset, campaign, today, townships, scopeName, region: shown, regionTrail };
}

/**
 * The data version, read once per request (see memo.ts) from where the figures are read: a replica
 * that lags shows an older version, so a figure computed there is never kept under a newer one.
 */
const requestVersion = cache(async () => dataVersion(await readDb()));

/** What this request accepts instead of current figures: kept ones within the window, including the reader's own write. */
const requestFreshness = cache(async (): Promise<Freshness> => ({ staleMs: env().DASHBOARD_STALE_SECONDS * 1000, atLeastVersion: await ownWriteVersion() }));

/** The loads of this request, and the oldest kept computation among the figures it was served. */
const requestServed = cache(() => ({ loads: [] as Promise<unknown>[], asOf: null as Date | null }));

/**
 * A dashboard figure for this filter: the current one, computed once and then shared by the
 * sections of the page, the leader's home page and later viewers of the same view; or, while it is
 * being recomputed after a change, the one kept from before if it is recent enough (memo.ts).
 */
export async function loadFigure<F, A extends unknown[], T>(figure: Figure<F, A, T>, filter: F, ...args: A): Promise<T> {
  const served = await serve(figure, filter, args, await requestFreshness());
  const request = requestServed();
  request.loads.push(served.value);
  if (served.asOf && (!request.asOf || served.asOf < request.asOf)) request.asOf = served.asOf;
  return served.value;
}

/** A figure at the current data version, never a kept older one (an exported report). */
export async function loadCurrentFigure<F, A extends unknown[], T>(figure: Figure<F, A, T>, filter: F, ...args: A): Promise<T> {
  return (await serve(figure, filter, args, CURRENT_ONLY)).value;
}

async function serve<F, A extends unknown[], T>(figure: Figure<F, A, T>, filter: F, args: A, freshness: Freshness): Promise<Served<T>> {
  const key = `${figure.key}|${JSON.stringify(filter)}|${JSON.stringify(args)}`;
  const [version, db] = await Promise.all([requestVersion(), readDb()]);
  // A figure built from others uses their current values: a recomputed figure never embeds a kept one.
  const context: FigureContext = { db, load: loadCurrentFigure };
  return memoize(key, version, () => figure.compute(context, filter, ...args), freshness);
}

/**
 * When the oldest figure this request showed was computed, if any was older than the current data;
 * null when all were current. Waits until the page's sections have asked for their figures.
 */
export async function figuresAsOf(): Promise<Date | null> {
  const request = requestServed();
  let seen = -1;
  while (seen !== request.loads.length) {
    seen = request.loads.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.allSettled(request.loads);
  }
  return request.asOf;
}
