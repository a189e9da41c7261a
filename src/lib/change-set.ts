// The fields an audited change touched: compares the JSON of a row before and after.
export type FieldChange = { field: string; before: unknown; after: unknown };

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

// Bookkeeping columns change on every write and would bury the real change.
const IGNORED = new Set(["updatedAt", "searchText"]);

export function changeSet(before: string | null, after: string | null): FieldChange[] {
  const a = parse(before);
  const b = parse(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !IGNORED.has(f));
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}
