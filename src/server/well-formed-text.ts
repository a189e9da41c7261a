// Text a database can store: a lone UTF-16 surrogate (half of an emoji, cut by a paste or sent on
// purpose) is not valid Unicode, and the database driver fails on it with an internal error; a NUL
// character is refused by PostgreSQL's text type (found by tests/db/fuzzed-input.test.ts). Every
// action's input is checked here once, before its schema, so no field of any form can reach the
// database with one; the user is told beside the field.

/** With the u flag a proper pair is one code point; only a lone half is in category Cs. */
const UNSTORABLE = /\p{Cs}|\u0000/u;
const wellFormed = (text: string) => !UNSTORABLE.test(text);

/** Inputs nested deeper than this are refused by the schemas anyway; the walk stops there. */
const MAX_DEPTH = 20;

/** The path ("title", "items.2.name", "_form") of the first string that is not well-formed, or null. */
export function malformedTextField(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return wellFormed(value) ? null : path.join(".") || "_form";
  if (typeof value !== "object" || value === null || depth >= MAX_DEPTH) return null;
  for (const [key, child] of Object.entries(value)) {
    if (!wellFormed(key)) return path.join(".") || "_form";
    const found = malformedTextField(child, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
