import type { ReactNode } from "react";
import type { SearchParams } from "@/lib/list-params";
import { SortHeader } from "./sort-header";
import { Th } from "./table";

/**
 * Where a column goes on the phone's card: the card's heading, a small grey line under it,
 * a "label: value" pair, the row of badges at its foot, or nowhere (the table only).
 */
export type CardPlace = "title" | "meta" | "field" | "badges" | "none";

export type ListColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell's classes at a desk (alignment, no-wrap, a minimum width); padding comes from data-list.css. */
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
 * shown as the last card on a phone. `testIds` mark the total's cells.
 */
export type ListFoot = { label: ReactNode; cells: ReactNode[]; testIds?: (string | undefined)[] };

export type ListSort = { params: SearchParams; sort: string; dir: "asc" | "desc" };

/**
 * Every list of records: columns defined once, each row drawn once, as a table row at a desk and,
 * below the breakpoint (a table needs room for its columns), restyled as a card by data-list.css.
 * `testId` names the table's rows (`<testId>-row`), on a phone as at a desk.
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
  /** Below this width the rows are cards. */
  breakpoint?: "sm" | "md";
}) {
  // What every cell of a column carries, worked out once for the column, not per row.
  const cellProps = columns.map((c) => cardProps(c));
  return (
    <div className={`data-list cards-${breakpoint}`}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              c.sortKey && sort ? (
                <SortHeader key={c.header} label={c.header} sortKey={c.sortKey} {...sort} />
              ) : (
                <Th key={c.header} className={c.numeric ? "px-3 py-2 text-right font-medium whitespace-nowrap" : undefined}>
                  {c.header}
                </Th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={testId && `${testId}-row`}>
              {columns.map((c, i) => (
                <td key={c.header} {...cellProps[i]}>
                  {c.cardCell ? (
                    <>
                      <span className="table-only">{c.cell(row)}</span>
                      <span className="card-only">{c.cardCell(row)}</span>
                    </>
                  ) : (
                    c.cell(row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <FootRow columns={columns} foot={foot} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A cell's place on the card (data-card), or for a "label: value" line its label (data-label). */
function cardProps<Row>(column: ListColumn<Row>) {
  const place = column.card ?? "field";
  // No className key when there is none: the RSC data would carry `"className":"$undefined"` per cell.
  return { ...(column.className && { className: column.className }), ...(place === "field" ? { "data-label": column.header } : { "data-card": place }) };
}

function FootRow<Row>({ columns, foot }: { columns: ListColumn<Row>[]; foot: ListFoot }) {
  const firstValue = Math.max(1, foot.cells.findIndex((v) => v !== undefined && v !== null));
  return (
    <tr>
      <th scope="row" colSpan={firstValue}>
        {foot.label}
      </th>
      {columns.slice(firstValue).map((c, i) => (
        // On the card every total is a "label: value" line, whatever the column's place.
        <td key={c.header} className={c.className} data-label={c.header} data-testid={foot.testIds?.[firstValue + i]}>
          {foot.cells[firstValue + i]}
        </td>
      ))}
    </tr>
  );
}
