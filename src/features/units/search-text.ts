import { searchTextOf } from "@/lib/form-fields";
import { pinyinSearchTerms } from "@/lib/pinyin";

/** The unit's one search column: its name (also in pinyin and initials), party organization and secretary (the seed agrees). */
export function unitSearchText(unit: { name: string; partyOrgName: string; secretary: string }) {
  return searchTextOf(unit.name, pinyinSearchTerms(unit.name), unit.partyOrgName, unit.secretary);
}
