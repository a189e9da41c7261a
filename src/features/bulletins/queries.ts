import "server-only";
// Who reads which bulletins: those of the campaigns the reader sees (a prefecture its counties');
// drafts only the department that may still edit them (of the campaign's own region), everyone
// else only what was published. Listed by period, newest first.
import type { Prisma } from "@/generated/sqlite/client";
import { campaignsInScope } from "@/domain/visibility";
import { writableCampaigns } from "@/server/scope";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { pageWindow } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { can } from "@/server/permissions";

export function bulletinVisibility(user: CurrentUser): Prisma.BulletinWhereInput {
  const published: Prisma.BulletinWhereInput = { status: "PUBLISHED" };
  return {
    campaign: campaignsInScope(user),
    ...(can(user.role, "bulletins.write") ? { OR: [published, { campaign: writableCampaigns(user) }] } : published),
  };
}

/** Bulletins whose period starts in `year` (all years when none). */
export async function listBulletins(db: DbOrTx, user: CurrentUser, query: { year?: number; page: number; size?: number }) {
  const where: Prisma.BulletinWhereInput = {
    ...bulletinVisibility(user),
    ...(query.year ? { periodStart: { gte: fromShanghaiDay(`${query.year}-01-01`), lt: fromShanghaiDay(`${query.year + 1}-01-01`) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.bulletin.findMany({
      where,
      select: { id: true, title: true, number: true, campaign: { select: { name: true } }, status: true, periodStart: true, periodEnd: true, publishedAt: true, township: { select: { name: true } } },
      orderBy: [{ periodStart: "desc" }, { periodEnd: "desc" }, { id: "desc" }],
      ...pageWindow(query),
    }),
    db.bulletin.count({ where }),
  ]);
  return { rows, total };
}

export async function getBulletin(db: DbOrTx, user: CurrentUser, id: number) {
  return db.bulletin.findFirst({ where: { id, ...bulletinVisibility(user) }, include: { campaign: { select: { name: true } }, township: { select: { name: true } }, createdBy: { select: { displayName: true } } } });
}

export type BulletinRecord = NonNullable<Awaited<ReturnType<typeof getBulletin>>>;

/** Years whose bulletins the user may read (by the year their period starts), newest first; this year always. */
export async function bulletinYears(db: DbOrTx, user: CurrentUser, thisYear: number): Promise<number[]> {
  const rows = await db.bulletin.findMany({ where: bulletinVisibility(user), select: { periodStart: true }, distinct: ["periodStart"] });
  const years = new Set([thisYear, ...rows.map((r) => Number(shanghaiDay(r.periodStart).slice(0, 4)))]);
  return [...years].sort((a, b) => b - a);
}
