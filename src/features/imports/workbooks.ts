import "server-only";
// The workbooks an import hands out: a kind's template (headers, a note on each column, an
// example row, lists where the values are fixed) and the rejected rows of a file with an error
// column, to fix and upload again.
import ExcelJS from "exceljs";
import type { CellValue } from "@/domain/sheet-values";
import type { Column } from "./kind";
import { columnLetter } from "./read-table";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3E8E6" } };

export async function templateWorkbook(columns: Column[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = workbook.addWorksheet("选项", { state: "hidden" });
  const importable = columns.filter((c) => !c.exportOnly);
  sheet.columns = importable.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.width ?? 14 }));
  sheet.addRow(importable.map((c) => c.example ?? ""));
  importable.forEach((c, i) => {
    const header = sheet.getRow(1).getCell(i + 1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    if (c.note) header.note = c.note;
    if (!c.choices || c.choices.length === 0) return;
    // The list lives on a hidden sheet: an inline list may hold at most 255 characters.
    const listColumn = columnLetter(i);
    c.choices.forEach((choice, n) => (lists.getCell(`${listColumn}${n + 1}`).value = choice));
    const formula = `'选项'!$${listColumn}$1:$${listColumn}$${c.choices.length}`;
    for (let row = 2; row <= 2000; row++) {
      sheet.getCell(`${listColumn}${row}`).dataValidation = {
        type: "list",
        allowBlank: !c.required,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: c.header,
        error: "请从下拉列表中选择。",
      };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rejected rows as they were in the file, with the errors in a last column. */
export async function rejectedWorkbook(headers: string[], rows: { cells: CellValue[]; errors: string }[], errorHeader: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("有错误的行", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers, errorHeader]).font = { bold: true };
  for (const row of rows) {
    const cells = headers.map((_, i) => row.cells[i] ?? null);
    const added = sheet.addRow([...cells, row.errors]);
    added.getCell(headers.length + 1).font = { color: { argb: "FFB91C1C" } };
  }
  sheet.getColumn(headers.length + 1).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
