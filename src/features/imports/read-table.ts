import "server-only";
// An uploaded .xlsx or .csv as a table: the header row (found among the first rows, so a title
// row above it does no harm) and the data rows with their sheet row numbers. Cells come as text,
// numbers, dates or blanks; a formula gives its cached value, a merged data cell its first cell's
// value (a township written once beside several villages); merged header cells are refused.
import ExcelJS from "exceljs";
import type { CellValue } from "@/domain/sheet-values";
import { isBlank } from "@/domain/sheet-values";
import { UserError } from "@/server/errors";
import { decodeCsv, parseCsv, type TextEncoding } from "./csv";

/** Larger files are refused before they are read: 20 MB holds well over 50,000 rows. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows one import may hold; a campaign's year of activities for a whole city fits. */
export const MAX_ROWS = 50_000;
/** How far down the header row may be (title rows above it). */
const HEADER_SEARCH_ROWS = 10;

export type CellProblem = "formulaNoValue" | "cellError";
export type SheetRow = { row: number; cells: CellValue[]; problems: { col: number; problem: CellProblem }[] };
export type Table = { format: "xlsx" | TextEncoding; headers: string[]; headerRow: number; rows: SheetRow[] };

/** "活动日期*" and " 活动日期 " are the same header. */
export function headerKey(text: string): string {
  return text.replace(/[\s*＊]/g, "");
}

/** Reads the file; `required` are the headers that must be present (they locate the header row). */
export async function readTable(bytes: Uint8Array, fileName: string, required: string[]): Promise<Table> {
  if (bytes.byteLength === 0) throw new UserError("imports.errors.empty");
  if (bytes.byteLength > MAX_FILE_BYTES) throw new UserError("imports.errors.tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return fromRows(await readXlsx(bytes), "xlsx", required);
  if (/\.xls$/i.test(fileName) || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw new UserError("imports.errors.oldXls");
  if (!/\.(csv|txt)$/i.test(fileName)) throw new UserError("imports.errors.fileType");
  const { text, encoding } = decodeCsv(bytes);
  const rows: RawRow[] = parseCsv(text).map((fields, i) => ({ row: i + 1, cells: fields, problems: [], merged: [] }));
  return fromRows(rows, encoding, required);
}

type RawRow = SheetRow & { merged: number[] };

async function readXlsx(bytes: Uint8Array): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UserError("imports.errors.unreadable");
  }
  const sheet = workbook.worksheets.find((s) => s.state === "visible") ?? workbook.worksheets[0];
  if (!sheet) throw new UserError("imports.errors.empty");
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const problems: SheetRow["problems"] = [];
    const merged: number[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const read = cellValueOf(cell.value);
      if (typeof read === "object" && read !== null && "problem" in read) problems.push({ col: col - 1, problem: read.problem });
      else cells[col - 1] = read;
      if (cell.isMerged) merged.push(col - 1);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push({ row: rowNumber, cells, problems, merged });
  });
  return rows;
}

type Read = CellValue | { problem: CellProblem };

function cellValueOf(value: ExcelJS.CellValue): Read {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { problem: "formulaNoValue" };
    return cellValueOf(result as ExcelJS.CellValue);
  }
  if ("error" in value) return { problem: "cellError" };
  if ("text" in value) return String(value.text);
  return null;
}

function fromRows(raw: RawRow[], format: Table["format"], required: string[]): Table {
  const wanted = required.map(headerKey);
  const header = raw.slice(0, HEADER_SEARCH_ROWS).find((r) => {
    const present = new Set(r.cells.map((c) => headerKey(String(c ?? ""))));
    return wanted.every((w) => present.has(w));
  });
  if (!header) {
    const first = raw.find((r) => r.cells.some((c) => !isBlank(c)));
    const present = new Set((first?.cells ?? []).map((c) => headerKey(String(c ?? ""))));
    throw new UserError("imports.errors.missingColumns", { columns: required.filter((r) => !present.has(headerKey(r))).join("、") });
  }
  // A header cell merged across columns (a two-level header) leaves columns without their own name.
  if (header.merged.length > 0) {
    throw new UserError("imports.errors.mergedHeader", { row: header.row, columns: header.merged.map(columnLetter).join("、") });
  }
  const rows = raw.filter((r) => r.row > header.row && (r.cells.some((c) => !isBlank(c)) || r.problems.length > 0));
  if (rows.length === 0) throw new UserError("imports.errors.noRows");
  if (rows.length > MAX_ROWS) throw new UserError("imports.errors.tooManyRows", { rows: rows.length, max: MAX_ROWS });
  return { format, headers: header.cells.map((c) => String(c ?? "").trim()), headerRow: header.row, rows: rows.map(({ merged: _, ...r }) => r) };
}

/** 0 → "A", 26 → "AA": how Excel names a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
