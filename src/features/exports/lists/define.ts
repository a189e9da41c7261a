import "server-only";
// What one list's export is, and the small pieces every definition uses: Chinese headers (a
// file's headers are Chinese whatever the reader's language, so an export imports for anyone),
// days as date cells, and rows paged through the database in batches.
import { translatorFor } from "@/i18n/translator";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import type { Permission } from "@/server/permissions";
import { shanghaiDay } from "@/lib/dates";
import type { SearchParams } from "@/lib/list-params";
import { dayCell, type ExportColumn, type SheetSpec } from "../sheet-writer";

export const zh = translatorFor("zh-CN");

/** Rows read per query: enough to be quick, few enough to keep memory flat. */
export const EXPORT_BATCH = 1000;

export type ListExport = {
  permission: Permission;
  /** The file's name, without extension. */
  title: string;
  /** The sheet of the rows the list's page shows this user for this query string. */
  sheet: (db: DbOrTx, user: CurrentUser, params: SearchParams) => Promise<SheetSpec<never>>;
};

/** Pages of `take` rows until a short page. */
export async function* batches<R>(read: (skip: number, take: number) => Promise<R[]>, take = EXPORT_BATCH): AsyncGenerator<R[]> {
  for (let skip = 0; ; skip += take) {
    const rows = await read(skip, take);
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
  }
}

export const col = <R,>(header: string, value: ExportColumn<R>["value"], extra: Omit<ExportColumn<R>, "header" | "value"> = {}): ExportColumn<R> => ({ header, value, ...extra });

/** An import column's header: lists that import write the import's headers, so their export imports back. */
export const h = (kind: string, key: string) => zh(`imports.columns.${kind}.${key}`);

export const day = (d: Date | null) => dayCell(d ? shanghaiDay(d) : null);

/** A sheet of `columns` over `rows`: one place for the cast from a row type to the writer's. */
export function sheetOf<R>(title: string, columns: ExportColumn<R>[], rows: AsyncIterable<R[]> | Iterable<R[]>): SheetSpec<never> {
  return { title, columns, rows } as SheetSpec<never>;
}

/** The pairing's unit, township and village, in the columns an importer reads them from. */
export const pairingInclude = { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } as const;
type PairingCells = { unit: { name: string }; village: { name: string; township: { name: string } } };
export function pairingColumns<R>(kind: string, pairingOf: (row: R) => PairingCells | null): ExportColumn<R>[] {
  return [
    col(h(kind, "unit"), (r) => pairingOf(r)?.unit.name ?? "", { width: 18 }),
    col(h(kind, "township"), (r) => pairingOf(r)?.village.township.name ?? ""),
    col(h(kind, "village"), (r) => pairingOf(r)?.village.name ?? ""),
  ];
}
