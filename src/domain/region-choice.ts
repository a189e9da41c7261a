// Which region's records a page counts (the dashboard's `region=`). Like the campaign, it narrows
// what is shown within the reader's scope and grants nothing (visibility.ts decides who sees a row).
// It goes through the village's township: a pairing never crosses regions, so its village's region
// is its unit's, and the township is the grain the dashboard's aggregates are kept by.
import type { Prisma } from "@/generated/sqlite/client";

/** A region chosen below the reader's own: its id (for links) and its path (for the subtree). */
export type RegionChoice = { id: number; path: string };

/** Villages in the region's subtree, or no condition when none is chosen. */
export function inRegion(regionPath: string | undefined): Prisma.VillageWhereInput {
  return regionPath === undefined ? {} : { township: { region: { path: { startsWith: regionPath } } } };
}
