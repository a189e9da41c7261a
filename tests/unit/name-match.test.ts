import { describe, expect, it } from "vitest";
import { matchesName } from "@/lib/name-match";
import { pinyinSearchTerms, pinyinSortKey } from "@/lib/pinyin";

describe("names in pinyin", () => {
  it("sort as people expect, not by code point", () => {
    const units = ["中国人寿铁力支公司", "团市委", "国网铁力供电公司", "市农业局", "安监局", "长胜村"];
    const sorted = [...units].sort((a, b) => pinyinSortKey(a).localeCompare(pinyinSortKey(b)));
    expect(sorted).toEqual(["安监局", "长胜村", "国网铁力供电公司", "市农业局", "团市委", "中国人寿铁力支公司"]);
    // By code point the order is wrong: 中 (U+4E2D) before 团 (U+56E2).
    expect([...units].sort()[0]).toBe("中国人寿铁力支公司");
    // Readings follow the word: 长胜 is chang, 银行 is hang.
    expect(pinyinSortKey("长胜村")).toBe("chang sheng cun");
    expect(pinyinSortKey("农业银行")).toBe("nong ye yin hang");
    // Syllables stay apart, so 西安 comes before 先锋村.
    expect(pinyinSortKey("西安") < pinyinSortKey("先锋村")).toBe(true);
    expect(pinyinSearchTerms("满天红村")).toBe("mantianhongcun mthc");
  });

  it("are found by characters, by full pinyin and by initials", () => {
    const village = { label: "满天红村", sortKey: pinyinSortKey("满天红村") };
    for (const query of ["满天", "mth", "MTH", "mthc", "mantian", "tianhong", " man tian "]) expect(matchesName(query, village), query).toBe(true);
    for (const query of ["mtx", "丰收", "hongman"]) expect(matchesName(query, village), query).toBe(false);
    const pairing = { label: "市农业局 — 铁力镇满天红村", sortKey: `${pinyinSortKey("市农业局")} | ${pinyinSortKey("满天红村")}` };
    expect(matchesName("snyj", pairing)).toBe(true);
    expect(matchesName("mth", pairing)).toBe(true);
    expect(matchesName("", pairing)).toBe(true);
  });
});
