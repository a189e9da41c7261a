// Whether a name matches what was typed into a picker's search box: its characters, its pinyin
// run together, or its pinyin initials ("mth" finds 满天红村). Works from the stored pinyin sort
// key ("man tian hong cun", src/lib/pinyin.ts), so the browser needs no pinyin dictionary.
export type NameMatchable = { label: string; sortKey?: string };

export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, "");
}

export function matchesName(query: string, item: NameMatchable): boolean {
  const q = normalizeQuery(query);
  if (!q) return true;
  if (item.label.toLowerCase().replace(/\s+/g, "").includes(q)) return true;
  if (!item.sortKey) return false;
  // Several names (a pairing's unit and village) are separated by " | " in one key.
  return item.sortKey.split(" | ").some((key) => {
    const syllables = key.split(" ").filter(Boolean);
    return syllables.join("").includes(q) || syllables.map((s) => s[0]).join("").includes(q);
  });
}
