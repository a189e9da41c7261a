// The region tree's fixed top (issue 16): 黑龙江省 → 伊春市 → 铁力市, which the regions migration
// creates and every earlier record belongs to. A database emptied by hand (the PostgreSQL test
// databases) gets them back here, found by name so that they are never made twice.
import type { RegionLevel } from "@/generated/sqlite/enums";
import { pinyinSortKey } from "@/lib/pinyin";
import type { DbOrTx } from "./db-client";

export const TIELI_REGION = "铁力市";

type RegionRow = { id: number; path: string };

/** The region named `name` under `parent`, created (with its path) when missing. */
export async function ensureRegion(db: DbOrTx, name: string, level: RegionLevel, parent: RegionRow | null): Promise<RegionRow> {
  const found = await db.region.findFirst({ where: { name, parentId: parent?.id ?? null }, select: { id: true, path: true } });
  if (found) return found;
  // The path holds the row's own id, known only once it exists: a unique placeholder first.
  const created = await db.region.create({ data: { name, level, sortKey: pinyinSortKey(name), parentId: parent?.id ?? null, path: `/new-${name}-${parent?.id ?? 0}/` } });
  return db.region.update({ where: { id: created.id }, data: { path: `${parent?.path ?? "/"}${created.id}/` }, select: { id: true, path: true } });
}

/** 黑龙江省 → 伊春市 → 铁力市. */
export async function ensureTieliRegions(db: DbOrTx) {
  const province = await ensureRegion(db, "黑龙江省", "PROVINCE", null);
  const prefecture = await ensureRegion(db, "伊春市", "PREFECTURE", province);
  const county = await ensureRegion(db, TIELI_REGION, "COUNTY", prefecture);
  return { province, prefecture, county };
}
