// What an import kind is (units, villages, pairings, activities, pledges, visits, survey results): its columns — shared by
// its template, its import and its list's export, so an export imports back unchanged — how it
// checks the rows of a file against the database, and how it writes the rows it accepted.
import type { CellValue, Parsed } from "@/domain/sheet-values";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx, Tx } from "@/server/db-client";
import type { Permission } from "@/server/permissions";
import type { SheetRow, Table } from "./read-table";
import { headerKey } from "./read-table";

export const IMPORT_KINDS = ["units", "villages", "pairings", "activities", "pledges", "visits", "surveys"] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export type Column = {
  key: string;
  /** The header in the file: always Chinese, so any user's export imports for any other. */
  header: string;
  required?: boolean;
  /** A note on the column, shown on the template's header cell. */
  note?: string;
  /** The fixed values, offered as a list in the template. */
  choices?: string[];
  example?: string | number;
  /** Written by exports only (a status, a count): ignored when the file is imported. */
  exportOnly?: boolean;
  width?: number;
};

export type RowError = { column: string; key: string; params?: Record<string, string | number> };
export type RejectedRow = { row: number; cells: CellValue[]; errors: RowError[] };

/** What an import would do: rows to create and update (kind-specific), rows that change nothing, rows refused. */
export type Plan<C, U> = { create: C[]; update: U[]; unchanged: number; rejected: RejectedRow[] };

export type Progress = (step: "read" | "check" | "write", done: number, total: number) => void;

export type CheckContext = { db: DbOrTx; user: CurrentUser; table: Table; columns: Column[]; progress: Progress };

export type ImportKind<C = unknown, U = unknown> = {
  name: ImportKindName;
  permission: Permission;
  columns: (db: DbOrTx) => Promise<Column[]>;
  /** The headers a file must have (they also locate the header row). */
  required: string[];
  check: (ctx: CheckContext) => Promise<Plan<C, U>>;
  apply: (ctx: { tx: Tx; user: CurrentUser; plan: Plan<C, U>; importId: number; progress: Progress }) => Promise<void>;
};

/** One row's cells by column key, and the errors found in it. */
export class RowReader {
  readonly errors: RowError[] = [];
  constructor(
    readonly sheetRow: SheetRow,
    private readonly index: Map<string, number>,
    private readonly byKey: Map<string, Column>,
  ) {
    for (const { col, problem } of sheetRow.problems) {
      const column = [...index.entries()].find(([, i]) => i === col)?.[0];
      if (column) this.fail(column, `imports.problems.${problem}`);
    }
  }

  cell(key: string): CellValue {
    const i = this.index.get(key);
    return i === undefined ? null : (this.sheetRow.cells[i] ?? null);
  }

  /** The parsed value, or undefined with the problem recorded against the column. */
  take<T>(key: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.fail(key, `imports.problems.${parsed.problem}`);
    return undefined;
  }

  fail(key: string, messageKey: string, params?: Record<string, string | number>) {
    // A cell the reader already refused (a formula without its value) is reported once.
    const header = this.byKey.get(key)?.header ?? key;
    if (this.errors.some((e) => e.column === header && e.key.startsWith("imports.problems.formula"))) return;
    this.errors.push({ column: header, key: messageKey, params });
    this.positions.push(this.index.get(key) ?? Number.MAX_SAFE_INTEGER);
  }

  private readonly positions: number[] = [];

  /** The row with its errors in the order of the sheet's columns. */
  rejected(): RejectedRow {
    const order = this.errors.map((e, i) => ({ e, at: this.positions[i], i })).sort((a, b) => a.at - b.at || a.i - b.i);
    return { row: this.sheetRow.row, cells: this.sheetRow.cells, errors: order.map((o) => o.e) };
  }
}

/** Readers for every data row, the columns found by header; progress every 1,000 rows. */
export async function* rowsOf(ctx: CheckContext): AsyncGenerator<RowReader> {
  const positions = new Map(ctx.table.headers.map((h, i) => [headerKey(h), i] as const));
  const index = new Map<string, number>();
  for (const c of ctx.columns) {
    const i = positions.get(headerKey(c.header));
    if (i !== undefined && !c.exportOnly) index.set(c.key, i);
  }
  const byKey = new Map(ctx.columns.map((c) => [c.key, c]));
  const total = ctx.table.rows.length;
  for (let n = 0; n < total; n++) {
    if (n % 1000 === 0) {
      ctx.progress("check", n, total);
      // Let the progress reach the browser (and other requests run) between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    yield new RowReader(ctx.table.rows[n], index, byKey);
  }
  ctx.progress("check", total, total);
}

/** Issues of a zod schema (message keys) recorded against the columns named by their paths. */
export function failZod(reader: RowReader, issues: { path: PropertyKey[]; message: string }[], fieldToColumn: Record<string, string> = {}) {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    const key = /^(\w+\.)*validation\./.test(issue.message) ? issue.message : "validation.invalid";
    const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint };
    reader.fail(fieldToColumn[field] ?? field, key, { min: Number(bounds.minimum ?? 0), max: Number(bounds.maximum ?? 0) });
  }
}

/** Remembers natural keys seen in the file: the first row of each, to name it in a duplicate's error. */
export class DuplicateGuard {
  private readonly seen = new Map<string, number>();
  /** The earlier row with the same key, or undefined (and remembers this one). */
  check(key: string, row: number): number | undefined {
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, row);
    return earlier;
  }
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The headers of the required columns. */
export function requiredHeaders(columns: Column[]): string[] {
  return columns.filter((c) => c.required).map((c) => c.header);
}
