// The benchmark province's region tree: 黑龙江省 → its 13 prefecture-level divisions → 120 counties.
// Ids are fixed by the layout, not by the scale: the small scale (the first prefecture) has the same
// ids as the same regions in the province. The regions migration already creates 黑龙江省 (1),
// 伊春市 (2) and 铁力市 (3), so 伊春市 comes first and 铁力市 is its first county.
import type { Scale } from "./scale";

export type BenchRegion = { id: number; name: string; level: "PROVINCE" | "PREFECTURE" | "COUNTY"; parentId: number | null; path: string };
export type BenchCounty = BenchRegion & { index: number };

/** Ids the regions migration has already written. */
export const MIGRATED_REGION_IDS = new Set([1, 2, 3]);

const PROVINCE_ID = 1;
const PREFECTURES = ["伊春市", "哈尔滨市", "齐齐哈尔市", "鸡西市", "鹤岗市", "双鸭山市", "大庆市", "佳木斯市", "七台河市", "牡丹江市", "黑河市", "绥化市", "大兴安岭地区"];
/** 120 counties: ten in each of the first three prefectures, nine in the others. */
const countiesIn = (prefecture: number) => (prefecture < 3 ? 10 : 9);
const FIRST_NEW_PREFECTURE_ID = 4;
const FIRST_NEW_COUNTY_ID = FIRST_NEW_PREFECTURE_ID + PREFECTURES.length - 1;

export function benchRegions(scale: Scale): { all: BenchRegion[]; counties: BenchCounty[] } {
  const all: BenchRegion[] = [{ id: PROVINCE_ID, name: "黑龙江省", level: "PROVINCE", parentId: null, path: `/${PROVINCE_ID}/` }];
  const counties: BenchCounty[] = [];
  let nextCountyId = FIRST_NEW_COUNTY_ID;
  for (let p = 0; p < scale.prefectures; p++) {
    const id = p === 0 ? 2 : FIRST_NEW_PREFECTURE_ID + p - 1;
    const prefecture: BenchRegion = { id, name: PREFECTURES[p], level: "PREFECTURE", parentId: PROVINCE_ID, path: `/${PROVINCE_ID}/${id}/` };
    all.push(prefecture);
    const stem = PREFECTURES[p].replace(/(市|地区)$/, "");
    for (let k = 1; k <= countiesIn(p); k++) {
      const first = p === 0 && k === 1;
      const countyId = first ? 3 : nextCountyId++;
      const county = { id: countyId, name: first ? "铁力市" : `${stem}第${k}县`, level: "COUNTY" as const, parentId: id, path: `${prefecture.path}${countyId}/`, index: counties.length };
      all.push(county);
      counties.push(county);
    }
  }
  return { all, counties };
}

/** Ids `first..last` of `total` rows spread evenly over `parts` blocks: block `index`'s share. */
export function block(total: number, parts: number, index: number): { first: number; last: number } {
  return { first: Math.floor((index * total) / parts) + 1, last: Math.floor(((index + 1) * total) / parts) };
}

/** The block `id` falls in (the inverse of `block`). */
export function blockOf(total: number, parts: number, id: number): number {
  let index = Math.min(parts - 1, Math.floor(((id - 1) * parts) / total));
  while (block(total, parts, index).first > id) index--;
  while (block(total, parts, index).last < id) index++;
  return index;
}
