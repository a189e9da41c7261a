// A dashboard table as plain data: what the server computes and formats, and what the browser
// draws when the reader opens the table (components/lazy-table.tsx). Every figure keeps its link.

export type TableCell = {
  text: string;
  /** The records behind the figure (or the dashboard of a region, a pairing's ledger). */
  href?: string;
  /** A second, smaller line: a date, a township, a coverage. */
  note?: string;
  /** Read out instead of the text (a bare 0 reads "no activity"). */
  label?: string;
  badge?: string;
  muted?: boolean;
  testId?: string;
};

export type TableRow = { key: string; cells: TableCell[]; highlight?: boolean; testId?: string };

export type TableData = {
  caption: string;
  head: string[];
  /** Columns after the first that hold numbers (right-aligned). */
  numeric: boolean;
  rows: TableRow[];
  /** The totals row; its first cell is the label. */
  foot?: TableRow;
  /** Shown instead of an empty table. */
  empty: string;
};

/** The tables that load when opened, by the name in their URL. */
export const LAZY_TABLES = ["monthly", "pledges", "townships", "health", "rollup"] as const;
export type LazyTableName = (typeof LAZY_TABLES)[number];
