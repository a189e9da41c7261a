import type { ReactNode } from "react";

/** A list table that scrolls sideways on a phone instead of squeezing its columns. */
export function Table({ caption, head, children, foot }: { caption: string; head: ReactNode; children: ReactNode; foot?: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-stone-600">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
        {foot && <tfoot className="border-t-2 border-stone-300 bg-stone-50 font-medium">{foot}</tfoot>}
      </table>
    </div>
  );
}

export function Th({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <th scope="col" className={className ?? "px-3 py-2 text-left font-medium whitespace-nowrap"}>
      {children}
    </th>
  );
}

export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={className ?? "px-3 py-2 align-top"}>{children}</td>;
}
