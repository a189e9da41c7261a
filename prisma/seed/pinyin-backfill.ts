// Databases made before names had a pinyin sort key: fill the key (and the pinyin in the search
// column) of every township, unit and village that has none. Run at every start-up (scripts/start.ts);
// a database that has them all reads three counts and writes nothing. SQL cannot spell pinyin, so
// the migration that added the columns leaves them empty and this fills them.
import type { Db } from "@/server/db-client";
import { pinyinSortKey } from "@/lib/pinyin";
import { unitSearchText } from "@/features/units/search-text";
import { villageSearchText } from "@/features/villages/search-text";

export async function backfillPinyinSortKeys(db: Db): Promise<number> {
  const missing = { sortKey: "" };
  const [townships, units, villages] = await Promise.all([
    db.township.findMany({ where: missing, select: { id: true, name: true } }),
    db.unit.findMany({ where: missing, select: { id: true, name: true, partyOrgName: true, secretary: true } }),
    db.village.findMany({ where: missing, select: { id: true, name: true, secretary: true, township: { select: { name: true } } } }),
  ]);
  const count = townships.length + units.length + villages.length;
  if (count === 0) return 0;
  await db.$transaction(async (tx) => {
    for (const t of townships) await tx.township.update({ where: { id: t.id }, data: { sortKey: pinyinSortKey(t.name) } });
    for (const u of units) await tx.unit.update({ where: { id: u.id }, data: { sortKey: pinyinSortKey(u.name), searchText: unitSearchText(u) } });
    for (const v of villages) {
      await tx.village.update({ where: { id: v.id }, data: { sortKey: pinyinSortKey(v.name), searchText: villageSearchText(v.name, v.township.name, v.secretary) } });
    }
  });
  return count;
}
