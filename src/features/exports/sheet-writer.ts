import "server-only";
// Writes rows to an .xlsx (exceljs's streaming WorkbookWriter) or a CSV (UTF-8 with a BOM, which
// Chinese Excel and WPS open correctly) as they arrive, batch by batch, so an export of a million
// activities never holds more than one batch in memory. Cells are typed: a day is a date cell
// shown 2011-04-20, an amount a number shown 1,280 (the header names 元).
import { PassThrough, Readable } from "node:stream";
import { once } from "node:events";
import ExcelJS from "exceljs";
import { csvField } from "@/features/imports";

export type CellKind = "text" | "number" | "money" | "day";

export type ExportColumn<R> = { header: string; width?: number; kind?: CellKind; value: (row: R) => string | number | Date | null };

export type SheetSpec<R> = { title: string; columns: ExportColumn<R>[]; rows: AsyncIterable<R[]> | Iterable<R[]> };

export type ExportFormat = "xlsx" | "csv";

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = { day: "yyyy-mm-dd", money: "#,##0" };

/** A Shanghai calendar day (stored as its midnight in Asia/Shanghai) as the date cell Excel shows for that day. */
export function dayCell(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

export function sheetStream(format: ExportFormat, sheets: SheetSpec<never>[] | SheetSpec<unknown>[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const write = format === "xlsx" ? writeXlsx(out, sheets as SheetSpec<unknown>[]) : writeCsv(out, sheets[0] as SheetSpec<unknown>);
  write.catch((error) => {
    console.error("[exports] writing failed", error);
    out.destroy(error);
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

async function writeXlsx(out: PassThrough, sheets: SheetSpec<unknown>[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.title.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = spec.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width ?? 14,
      style: NUMBER_FORMATS[c.kind ?? "text"] ? { numFmt: NUMBER_FORMATS[c.kind ?? "text"] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of spec.rows) {
      for (const row of batch) sheet.addRow(spec.columns.map((c) => c.value(row))).commit();
      // Let the zip stream drain before the next batch is read.
      if (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
  }
  await workbook.commit();
}

async function writeCsv(out: PassThrough, spec: SheetSpec<unknown>) {
  const line = (cells: string[]) => cells.map(csvField).join(",") + "\r\n";
  out.write("\ufeff" + line(spec.columns.map((c) => c.header)));
  for await (const batch of spec.rows) {
    const text = batch.map((row) => line(spec.columns.map((c) => csvText(c.value(row))))).join("");
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
}

function csvText(value: string | number | Date | null): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
