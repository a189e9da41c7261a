import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { idParam } from "@/domain/ids";
import { campaignsInScope, type Reader, readsByRegion } from "@/domain/visibility";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { first, type SearchParams } from "@/lib/list-params";
import type { DbOrTx } from "@/server/db";
import { type Writer, writableCampaigns } from "@/server/scope";
import { ALL_CAMPAIGNS } from "./constants";

/** A campaign with its days as "YYYY-MM-DD" (Asia/Shanghai), as pages, periods and forms use them. */
export type CampaignSummary = { id: number; name: string; start: string; end: string; surveyPeriod: string | null };

type CampaignReader = Pick<Reader, "role" | "unitId" | "villageId" | "regionPath">;

const NEWEST_FIRST = [{ startsOn: "desc" }, { id: "desc" }] satisfies Prisma.CampaignOrderByWithRelationInput[];

const summaryOf = (c: { id: number; name: string; startsOn: Date; endsOn: Date; surveyPeriod: string | null }): CampaignSummary => ({
  id: c.id,
  name: c.name,
  start: shanghaiDay(c.startsOn),
  end: shanghaiDay(c.endsOn),
  surveyPeriod: c.surveyPeriod,
});

/** A campaign in a picker, with its region's name: two counties' rounds may share a name. */
export type ListedCampaign = CampaignSummary & { regionName: string };

/** The campaigns `reader` sees, newest first, for the picker. */
export async function listCampaigns(db: DbOrTx, reader: CampaignReader): Promise<ListedCampaign[]> {
  const rows = await db.campaign.findMany({ where: campaignsInScope(reader), orderBy: NEWEST_FIRST, include: { region: { select: { name: true } } } });
  return rows.map((c) => ({ ...summaryOf(c), regionName: c.region.name }));
}

/** The campaigns a new pairing of `user` may join: their own region's. */
export async function writableCampaignChoices(db: DbOrTx, user: Writer): Promise<CampaignSummary[]> {
  const rows = await db.campaign.findMany({ where: writableCampaigns(user), orderBy: NEWEST_FIRST });
  return rows.map(summaryOf);
}

/**
 * The campaign a page shows when the URL names none: among those `where` admits (the reader's
 * scope), the latest that has started by `today`, else the first to come.
 */
export async function currentCampaignWhere(db: DbOrTx, where: Prisma.CampaignWhereInput, today: string): Promise<CampaignSummary | null> {
  const started = await db.campaign.findFirst({ where: { ...where, startsOn: { lte: fromShanghaiDay(today) } }, orderBy: NEWEST_FIRST });
  const found = started ?? (await db.campaign.findFirst({ where, orderBy: [{ startsOn: "asc" }, { id: "asc" }] }));
  return found ? summaryOf(found) : null;
}

/** The current campaign within what `reader` sees. */
export function currentCampaign(db: DbOrTx, reader: CampaignReader, today: string): Promise<CampaignSummary | null> {
  return currentCampaignWhere(db, campaignsInScope(reader), today);
}

export async function getCampaign(db: DbOrTx, reader: CampaignReader, id: number): Promise<CampaignSummary | null> {
  const found = await db.campaign.findFirst({ where: { id, ...campaignsInScope(reader) } });
  return found ? summaryOf(found) : null;
}

/** Whether `user` may write the campaign's own records (assessment, bulletins): it is of their own region. */
export async function writesCampaign(db: DbOrTx, user: Writer, id: number): Promise<boolean> {
  return (await db.campaign.count({ where: { id, ...writableCampaigns(user) } })) > 0;
}

/** The campaign as its edit form needs it; only one `user` may edit (of their own region). */
export async function getCampaignForEdit(db: DbOrTx, user: Writer, id: number) {
  const found = await db.campaign.findFirst({ where: { id, ...writableCampaigns(user) } });
  return found ? { ...summaryOf(found), version: found.version } : null;
}

/** The campaigns `reader` sees with their number of pairings and region, for the campaigns page. */
export async function listCampaignsWithCounts(db: DbOrTx, reader: CampaignReader) {
  const rows = await db.campaign.findMany({
    where: campaignsInScope(reader),
    orderBy: NEWEST_FIRST,
    include: { region: { select: { name: true } }, _count: { select: { pairings: true } } },
  });
  return rows.map((c) => ({ ...summaryOf(c), regionId: c.regionId, regionName: c.region.name, pairings: c._count.pairings }));
}

/**
 * The campaign the URL chose (`campaign=<id>`), or the current one; `allowAll`: "all" means every
 * campaign (undefined), and is also the default of a department whose own region runs no campaign
 * (a prefecture's or the province's supervising its counties' rounds: no one county's round is
 * "theirs"). An unknown id, or one outside the reader's scope, falls back to that default, like an
 * unknown township.
 */
export async function chosenCampaign(
  db: DbOrTx,
  reader: CampaignReader,
  params: SearchParams,
  today: string,
  allowAll = false,
): Promise<{ campaign: CampaignSummary | null; all: boolean }> {
  if (allowAll && first(params.campaign) === ALL_CAMPAIGNS) return { campaign: null, all: true };
  const id = idParam(params, "campaign");
  const named = id === undefined ? null : await getCampaign(db, reader, id);
  if (named) return { campaign: named, all: false };
  if (allowAll && !(await runsOwnCampaign(db, reader))) return { campaign: null, all: true };
  return { campaign: await currentCampaign(db, reader, today), all: false };
}

/** Whether the reader's own region (not a region below it) runs a campaign; only departments read by region. */
async function runsOwnCampaign(db: DbOrTx, reader: CampaignReader): Promise<boolean> {
  if (!readsByRegion(reader.role) || reader.regionPath === null) return true;
  return (await db.campaign.count({ where: { region: { path: reader.regionPath } } })) > 0;
}
