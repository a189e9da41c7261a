// Real spreadsheet files for import tests, made the way Excel and WPS make them: .xlsx written by
// exceljs (dates, serial numbers, formulas with and without their cached value, merged cells) and
// CSV in GBK or UTF-8 with or without a BOM.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export type SheetCell = ExcelJS.CellValue;

export type SheetSpec = {
  rows: SheetCell[][];
  /** Ranges to merge, e.g. "A1:D1". */
  merges?: string[];
  /** Number formats by cell address, e.g. { E2: "yyyy-mm-dd" }. */
  formats?: Record<string, string>;
};

export async function xlsxFile(name: string, spec: SheetSpec): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const row of spec.rows) sheet.addRow(row);
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const [address, format] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = format;
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([new Uint8Array(buffer as ArrayBuffer)], name);
}

export function csvFile(name: string, rows: string[][], encoding: "gbk" | "utf-8" | "utf-8-bom"): File {
  const text = rows.map((r) => r.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",")).join("\r\n") + "\r\n";
  const bytes = encoding === "gbk" ? iconv.encode(text, "gbk") : Buffer.from((encoding === "utf-8-bom" ? "\ufeff" : "") + text, "utf8");
  return new File([new Uint8Array(bytes)], name);
}

/** The cells of the first sheet of an .xlsx, row by row, as exceljs reads them. */
export async function readXlsx(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  return rows;
}
