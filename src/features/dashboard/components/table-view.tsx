import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { TableCell, TableData, TableRow } from "../tables/table-data";

const th = "px-2 py-2 font-medium";
const td = "px-2 py-1.5 align-top";

/**
 * A dashboard table drawn from its data (tables/table-data.ts): the first column names the row and
 * stays in view while a phone scrolls the figures sideways; every figure with records is a link.
 * A cell's test id marks its link (what a reader clicks), else the cell.
 * Shared by the server (the full pair-health list) and the browser (a table opened on the dashboard).
 */
export function TableView({ data }: { data: TableData }) {
  if (data.rows.length === 0) return <p className="py-2 text-sm text-stone-500">{data.empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{data.caption}</caption>
        <thead className="bg-stone-50 text-xs text-stone-600">
          <tr>
            {data.head.map((h, i) => (
              <th key={i} scope="col" className={cn(th, i === 0 ? "sticky left-0 z-10 min-w-32 bg-stone-50 text-left" : cn("min-w-16", data.numeric ? "text-right" : "text-left"))}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {data.rows.map((row) => (
            <Row key={row.key} row={row} numeric={data.numeric} />
          ))}
        </tbody>
        {data.foot && (
          <tfoot className="border-t-2 border-stone-200 bg-stone-50 font-medium">
            <Row row={data.foot} numeric={data.numeric} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

function Row({ row, numeric }: { row: TableRow; numeric: boolean }) {
  const background = row.highlight ? "bg-amber-50" : "bg-white";
  const [name, ...figures] = row.cells;
  return (
    <tr className={row.highlight ? "bg-amber-50" : undefined} data-testid={row.testId}>
      <th scope="row" className={cn(td, "sticky left-0 z-10 min-w-32 text-left font-normal", background)}>
        <Cell cell={name} strong />
      </th>
      {figures.map((cell, i) => (
        <td key={i} className={cn(td, "tabular-nums", numeric && "text-right")} data-testid={cell.href ? undefined : cell.testId}>
          <Cell cell={cell} />
        </td>
      ))}
    </tr>
  );
}

function Cell({ cell, strong }: { cell: TableCell; strong?: boolean }) {
  const text = cell.href ? (
    <Link href={cell.href} className={cn("text-brand-700 hover:underline", strong && "font-medium")} data-testid={cell.testId}>
      {cell.text}
    </Link>
  ) : (
    <span className={cn(cell.muted && "text-stone-300", "whitespace-nowrap")} aria-label={cell.label}>
      {cell.text}
    </span>
  );
  return (
    <>
      {text}
      {cell.badge && (
        <>
          {" "}
          <Badge tone="amber">{cell.badge}</Badge>
        </>
      )}
      {cell.note && <span className="block text-xs whitespace-nowrap text-stone-500">{cell.note}</span>}
    </>
  );
}
