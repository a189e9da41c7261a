import type { ReactNode } from "react";

/**
 * A chart with its title and, folded underneath, the table of the numbers it draws — for screen
 * readers, for print, and for anyone who wants the exact figures (and their links). Without a
 * `tableLabel`, `table` is already its own folded control (one that loads its rows when opened).
 */
export function ChartFrame({ id, title, note, tableLabel, chart, table }: { id: string; title: string; note?: ReactNode; tableLabel?: string; chart: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={id}>
      <h2 id={`${id}-title`} className="font-semibold text-stone-900">
        {title}
      </h2>
      {note && <p className="mt-0.5 text-xs text-stone-500">{note}</p>}
      <figure aria-label={title} className="mt-3">
        {chart}
      </figure>
      {tableLabel === undefined ? (
        table
      ) : (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700 hover:underline">{tableLabel}</summary>
          <div className="mt-2 max-h-80 overflow-auto">{table}</div>
        </details>
      )}
    </section>
  );
}

/** The plain table inside a ChartFrame. */
export function ChartTable({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-stone-50 text-stone-600">
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className={i === 0 ? "px-2 py-1 text-left font-medium" : "px-2 py-1 text-right font-medium"}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">{children}</tbody>
    </table>
  );
}
