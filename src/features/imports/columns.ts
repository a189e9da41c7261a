// Column definitions read their header and note from the Chinese message file: a file's headers
// are Chinese whatever the user's language, so any user's export imports for any other.
import { translatorFor } from "@/i18n/translator";
import type { DbOrTx } from "@/server/db-client";
import type { Column, ImportKindName } from "./kind";

const zh = translatorFor("zh-CN");
const en = translatorFor("en");

type ColumnSpec = Omit<Column, "header" | "note"> & { note?: boolean };

/** A column of `kind`: header "imports.columns.<kind>.<key>", note "imports.notes.<kind>.<key>" when `note`. */
export function column(kind: ImportKindName | "common", spec: ColumnSpec): Column {
  const { note, ...rest } = spec;
  return { ...rest, header: zh(`imports.columns.${kind}.${spec.key}`), ...(note ? { note: zh(`imports.notes.${kind}.${spec.key}`) } : {}) };
}

/** The labels a fixed value may be written with: Chinese, English, or the code itself. */
export function choicesOf<T extends string>(codes: readonly T[], messagePrefix: string) {
  return codes.map((code) => ({ code, labels: [zh(`${messagePrefix}.${code}`), en(`${messagePrefix}.${code}`)] }));
}

export function zhLabel(messageKey: string): string {
  return zh(messageKey);
}

export const YES_NO = [
  { code: "yes", labels: ["是", "yes", "y", "true", "1", "√"] },
  { code: "no", labels: ["否", "no", "n", "false", "0"] },
] as const;

/** The columns with the townships of the registry as the list of the "township" column's template. */
export async function withTownshipChoices(db: DbOrTx, columns: Column[]): Promise<Column[]> {
  const townships = await db.township.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true } });
  return columns.map((c) => (c.key === "township" ? { ...c, choices: townships.map((t) => t.name) } : c));
}
