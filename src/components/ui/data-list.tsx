import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { SearchParams } from "@/lib/list-params";
import { SortHeader } from "./sort-header";
import { Table, Td, Th } from "./table";

/**
 * Where a column goes on the phone's card: the card's heading, a small grey line under it,
 * a "label: value" pair, the row of badges at its foot, or nowhere (the table only).
 */
export type CardPlace = "title" | "meta" | "field" | "badges" | "none";

export type ListColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The table cell's classes; the default is the table's usual padding. */
  className?: string;
  /** Right-aligns the header over a column of numbers. */
  numeric?: boolean;
  /** Makes the header a sort link with this key. */
  sortKey?: string;
  card?: CardPlace;
  /** What the card shows when it differs from the table's cell (a shorter form, say). */
  cardCell?: (row: Row) => ReactNode;
};

/**
 * The totals under a list, by column index (the label spans the columns before the first value),
 * also shown as the last card. `testIds` mark the table's cells only, so each is found once.
 */
export type ListFoot = { label: ReactNode; cells: ReactNode[]; testIds?: (string | undefined)[] };

export type ListSort = { params: SearchParams; sort: string; dir: "asc" | "desc" };

/** Below this width a list is cards, from it up a table: a table needs room for its columns. */
const BREAKPOINTS = {
  sm: { cards: "sm:hidden", table: "hidden sm:block" },
  md: { cards: "md:hidden", table: "hidden md:block" },
} as const;

/**
 * Every list of records: columns defined once, drawn as a table at a desk and as cards on a phone.
 * `testId` names the cards (`<testId>-cards`) and the table's rows (`<testId>-row`).
 */
export function DataList<Row>({
  caption,
  columns,
  rows,
  rowKey,
  testId,
  sort,
  foot,
  breakpoint = "sm",
}: {
  caption: string;
  columns: ListColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  testId?: string;
  sort?: ListSort;
  foot?: ListFoot;
  breakpoint?: keyof typeof BREAKPOINTS;
}) {
  const shown = BREAKPOINTS[breakpoint];
  return (
    <>
      <ul className={cn("space-y-2", shown.cards)} data-testid={testId && `${testId}-cards`}>
        {rows.map((row) => (
          <li key={rowKey(row)} className="rounded-lg border border-stone-200 bg-white p-3">
            <Card columns={columns} row={row} />
          </li>
        ))}
        {foot && (
          <li className="rounded-lg border border-stone-300 bg-stone-50 p-3 font-medium">
            <p>{foot.label}</p>
            <Fields pairs={columns.map((c, i) => [c, foot.cells[i]] as const).filter(([, v]) => v !== undefined && v !== null)} />
          </li>
        )}
      </ul>
      <div className={shown.table}>
        <Table
          caption={caption}
          head={columns.map((c) => (c.sortKey && sort ? <SortHeader key={c.header} label={c.header} sortKey={c.sortKey} {...sort} /> : <Th key={c.header} className={c.numeric ? "px-3 py-2 text-right font-medium whitespace-nowrap" : undefined}>
                {c.header}
              </Th>))}
          foot={foot && <FootRow columns={columns} foot={foot} />}
        >
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-stone-50" data-testid={testId && `${testId}-row`}>
              {columns.map((c) => (
                <Td key={c.header} className={c.className}>
                  {c.cell(row)}
                </Td>
              ))}
            </tr>
          ))}
        </Table>
      </div>
    </>
  );
}

function FootRow<Row>({ columns, foot }: { columns: ListColumn<Row>[]; foot: ListFoot }) {
  const firstValue = Math.max(1, foot.cells.findIndex((v) => v !== undefined && v !== null));
  return (
    <tr>
      <th scope="row" colSpan={firstValue} className="px-3 py-2 text-left">
        {foot.label}
      </th>
      {columns.slice(firstValue).map((c, i) => (
        <td key={c.header} className={c.className ?? "px-3 py-2 align-top"} data-testid={foot.testIds?.[firstValue + i]}>
          {foot.cells[firstValue + i]}
        </td>
      ))}
    </tr>
  );
}

function Card<Row>({ columns, row }: { columns: ListColumn<Row>[]; row: Row }) {
  const placed = (place: CardPlace) => columns.filter((c) => (c.card ?? "field") === place).map((c) => [c, (c.cardCell ?? c.cell)(row)] as const);
  const badges = placed("badges");
  return (
    <>
      {placed("title").map(([c, value]) => (
        // Title links underlined: beside a badge's text, colour alone would not mark them as links.
        <div key={c.header} className="font-medium break-words [&_a]:underline [&_a]:decoration-brand-700/40 [&_a]:underline-offset-2">
          {value}
        </div>
      ))}
      {placed("meta").map(([c, value]) => (
        <div key={c.header} className="mt-0.5 text-xs text-stone-500">
          {value}
        </div>
      ))}
      <Fields pairs={placed("field")} />
      {badges.length > 0 && (
        <div className="mt-1.5 flex flex-wrap items-center gap-1">
          {badges.map(([c, value]) => (
            <span key={c.header}>{value}</span>
          ))}
        </div>
      )}
    </>
  );
}

/** "label: value" lines, the label in the column's header words; two fifths of the card for labels, so a long one wraps instead of squeezing its value. */
function Fields<Row>({ pairs }: { pairs: (readonly [ListColumn<Row>, ReactNode])[] }) {
  if (pairs.length === 0) return null;
  return (
    <dl className="mt-1.5 grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-0.5 text-sm">
      {pairs.map(([c, value]) => (
        <div key={c.header} className="contents">
          <dt className="text-stone-500">{c.header}</dt>
          <dd className="min-w-0 break-words text-stone-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
