import "server-only";
import { idParam } from "@/domain/ids";
import { readsByRegion } from "@/domain/visibility";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db";

export type RegionNode = { id: number; name: string; path: string };

const select = { id: true, name: true, path: true } as const;

/**
 * The region whose figures the dashboard shows, with the regions from the reader's own down to it
 * (the breadcrumb; none above the reader's, which they do not see): that of `region=` when it lies in
 * the reader's subtree, else the reader's own ("not found": a region outside is as if not named).
 * Empty for a reader whose scope is not a region (a liaison, a village secretary).
 */
export async function dashboardRegionTrail(db: DbOrTx, user: CurrentUser, params: SearchParams): Promise<RegionNode[]> {
  if (!readsByRegion(user.role) || !user.regionPath) return [];
  const id = idParam(params, "region");
  const chosen = id === undefined ? null : await db.region.findFirst({ where: { id, path: { startsWith: user.regionPath } }, select });
  const shownPath = chosen?.path ?? user.regionPath;
  const ancestors = shownPath.split("/").filter(Boolean).map(Number);
  const trail = await db.region.findMany({ where: { id: { in: ancestors }, path: { startsWith: user.regionPath } }, select });
  return trail.sort((a, b) => a.path.length - b.path.length);
}
