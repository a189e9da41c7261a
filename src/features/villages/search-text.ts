import { searchTextOf } from "@/lib/form-fields";
import { pinyinSearchTerms } from "@/lib/pinyin";

/** The village's one search column: its name (also in pinyin and initials), its township's name and its secretary (the seed agrees). */
export function villageSearchText(name: string, townshipName: string, secretary: string) {
  return searchTextOf(name, pinyinSearchTerms(name), townshipName, secretary);
}
