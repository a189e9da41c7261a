import "server-only";
// Which campaign and year an assessment page (or its export) shows: the campaign named by
// `campaign=` among those the reader sees, else the current one; the year named by `year=` among
// the campaign's years, else its default. Whether the reader may change it: a campaign of their
// own region (a prefecture reads its counties' assessments, it does not freeze them).
import { todayInShanghai } from "@/domain/days";
import { type CampaignSummary, chosenCampaign, getCampaign, listCampaigns, writesCampaign } from "@/features/campaigns";
import { idParam } from "@/domain/ids";
import { first, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { can } from "@/server/permissions";
import { chosenYear } from "./results";

export type AssessmentContext = { campaign: CampaignSummary; campaigns: CampaignSummary[]; year: number; years: number[]; writable: boolean };

/** The list page's and the export's campaign and year; null when the reader sees no campaign. */
export async function assessmentContext(db: DbOrTx, user: CurrentUser, params: SearchParams): Promise<AssessmentContext | null> {
  const today = todayInShanghai();
  const [{ campaign }, campaigns] = await Promise.all([chosenCampaign(db, user, params, today), listCampaigns(db, user)]);
  if (!campaign) return null;
  const [{ year, years }, writable] = await Promise.all([chosenYear(db, campaign, Number(first(params.year)), Number(today.slice(0, 4))), mayAssess(db, user, campaign.id)]);
  return { campaign, campaigns, year, years, writable };
}

/** A detail page's campaign: the one named (only if the reader sees it: otherwise none, "not found"), else the current one. */
export async function namedCampaign(db: DbOrTx, user: CurrentUser, params: SearchParams): Promise<CampaignSummary | null> {
  const id = idParam(params, "campaign");
  if (id !== undefined) return getCampaign(db, user, id);
  return (await chosenCampaign(db, user, params, todayInShanghai())).campaign;
}

export async function mayAssess(db: DbOrTx, user: CurrentUser, campaignId: number): Promise<boolean> {
  return can(user.role, "assessments.write") && writesCampaign(db, user, campaignId);
}
