// Chinese names in the order people expect — by pinyin, not by code point (which puts 中国人寿
// before 团市委) — and found by pinyin as well as by characters (typing "mth" finds 满天红村).
// pinyin-pro reads each character in its word, so 长胜村 sorts as chang-, 银行 as -hang.
import { pinyin } from "pinyin-pro";

/**
 * The column a name is ordered and paged by: its syllables without tones, lower case, one space
 * apart (so 西安 "xi an" comes before 先 "xian"); characters that are not Chinese stay as they are.
 */
export function pinyinSortKey(name: string): string {
  return pinyin(name.trim(), { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .join(" ");
}

/** The pinyin a search may match: the whole spelling run together, and the initials ("mthc"). */
export function pinyinSearchTerms(name: string): string {
  const syllables = pinyin(name.trim(), { toneType: "none", type: "array", nonZh: "removed" }).map((s) => s.toLowerCase());
  if (syllables.length === 0) return "";
  return `${syllables.join("")} ${syllables.map((s) => s[0]).join("")}`;
}
