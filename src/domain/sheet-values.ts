// What a spreadsheet cell means, for imports: the day and number forms Chinese sheets really use.
// Pure: the import reads every cell through these, and the unit tests pin each form down.
// A day ends in the one day parser (days.ts), so 2011-02-30 is refused here as everywhere.
import { parseDay } from "./days";

/** A cell as the file reader hands it over: text, a number, a date (wall clock in UTC fields), a boolean, or blank. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: SheetProblem };

/** Why a cell was not read; each has a message "imports.problems.<problem>". */
export type SheetProblem = "required" | "dateFormat" | "dateImpossible" | "notNumber" | "negative" | "notWhole" | "tooBig" | "tooLong" | "unknownChoice";

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = <T>(p: SheetProblem): Parsed<T> => ({ ok: false, problem: p });

/** Excel's day 0 in its 1900 date system, as it counts (it believes 1900 was a leap year, so from 1 March 1900 on the epoch is 1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers from 1 March 1900 (61) to 31 December 9999 (2958465). */
const SERIAL_RANGE = [61, 2_958_465] as const;

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The cell as trimmed text ("" when blank); numbers as Excel shows them without grouping. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The day of an Excel serial number (40799 → "2011-09-13"); a fraction is a time of that day. */
export function serialToDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" back to the serial number Excel would store. */
export function dayToSerial(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS);
}

// 2011-09-13, 2011-9-13, 2011.9.13, 2011/9/13, 2011年9月13日 (with or without 日, spaces allowed),
// optionally followed by a time of day, which is dropped.
const DAY_FORMS = [/^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/, /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/];

/**
 * A day from a cell: a date cell, an Excel serial number (a number, or five digits of text as a CSV
 * keeps it), or text in one of the forms above. A day that does not exist (2011-02-30) is
 * "dateImpossible", anything else unreadable "dateFormat".
 */
export function parseSheetDay(value: CellValue): Parsed<string> {
  if (isBlank(value)) return problem("required");
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? problem("dateFormat") : ok(value.toISOString().slice(0, 10));
  if (typeof value === "number") {
    const day = serialToDay(value);
    return day ? ok(day) : problem("dateFormat");
  }
  const text = cellText(value).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const day = serialToDay(Number(text));
    return day ? ok(day) : problem("dateFormat");
  }
  for (const form of DAY_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const day = `${match[1]}-${match[2].padStart(2, "0")}-${match[3].padStart(2, "0")}`;
    return parseDay(day) ? ok(day) : problem("dateImpossible");
  }
  return problem("dateFormat");
}

/**
 * A whole number from a cell, 0 … max; blank is 0 unless required. Text with thousands separators
 * ("1,280") or a trailing unit written in the header (元, 人, 户) is read; any other text is "notNumber".
 */
export function parseSheetWholeNumber(value: CellValue, max: number, options: { required?: boolean; suffix?: string } = {}): Parsed<number> {
  if (isBlank(value)) return options.required ? problem("required") : ok(0);
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    let text = value.trim().replace(/[,，\s]/g, "");
    if (options.suffix && text.endsWith(options.suffix)) text = text.slice(0, -options.suffix.length);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return problem("notNumber");
    n = Number(text);
  } else return problem("notNumber");
  if (!Number.isFinite(n)) return problem("notNumber");
  if (n < 0) return problem("negative");
  if (!Number.isInteger(n)) return problem("notWhole");
  if (n > max) return problem("tooBig");
  return ok(n);
}

/** An optional count: blank is null (not recorded, which is not zero). */
export function parseSheetOptionalCount(value: CellValue, max: number): Parsed<number | null> {
  return isBlank(value) ? ok(null) : parseSheetWholeNumber(value, max);
}

/** A decimal number (a coordinate), or null when blank. */
export function parseSheetDecimal(value: CellValue, limit: number): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  const n = typeof value === "number" ? value : typeof value === "string" && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n)) return problem("notNumber");
  if (Math.abs(n) > limit) return problem("tooBig");
  return ok(n);
}

/** Text of at most `max` characters; "required" when blank and required. */
export function parseSheetText(value: CellValue, max: number, required = false): Parsed<string> {
  const text = cellText(value);
  if (required && text === "") return problem("required");
  if (text.length > max) return problem("tooLong");
  return ok(text);
}

/** One of a fixed list, matched by any of its labels (Chinese, English, the code itself). */
export function parseSheetChoice<T extends string>(value: CellValue, choices: readonly { code: T; labels: readonly string[] }[], required = true): Parsed<T | undefined> {
  const text = cellText(value);
  if (text === "") return required ? problem("required") : ok(undefined);
  const lower = text.toLowerCase();
  const found = choices.find((c) => c.code.toLowerCase() === lower || c.labels.some((l) => l.toLowerCase() === lower));
  return found ? ok(found.code) : problem("unknownChoice");
}
