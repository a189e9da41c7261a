import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import { DataList, type ListColumn, type ListFoot } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { pageParam, pageSizeParam, type SearchParams } from "@/lib/list-params";
import type { DashboardContext } from "../../context";
import { dashboardHref } from "../../links";
import type { PairingColumns } from "../../queries/sources/shared";
import { PeriodSummary } from "../dashboard-filters";

export const pageOf = (params: SearchParams) => ({ page: pageParam(params), pageSize: pageSizeParam(params) });

/** The frame of every source list: what the records add up to, for which period, and the way back. */
export async function SourcePage({
  context,
  title,
  description,
  summary,
  actions,
  showPeriod = true,
  children,
}: {
  context: DashboardContext;
  title: string;
  description?: ReactNode;
  /** The grand total over all pages: the figure the dashboard shows. */
  summary: ReactNode;
  actions?: ReactNode;
  /** Off where the period does not apply (the reporting of one month): township and scope only. */
  showPeriod?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("dashboard.sources");
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={dashboardHref(context.filter)} className="text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-stone-900">{title}</h1>
          {description && <p className="mt-1 text-sm text-stone-600">{description}</p>}
          <div className="mt-1">
            <PeriodSummary context={context} withPeriod={showPeriod} />
          </div>
        </div>
        {actions && <div className="no-print flex flex-wrap gap-2">{actions}</div>}
      </div>
      <div className="mb-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-2 text-sm text-stone-800" data-testid="source-summary">
        {summary}
      </div>
      {children}
    </>
  );
}

/** A source list: one row (a card on a phone) per record, and a foot with the grand total of every page. */
export async function SourceTable<Row>({ count, params, page, ...list }: { caption: string; columns: ListColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string | number; foot?: ListFoot; count: number; params: SearchParams; page: number }) {
  const t = await getTranslations("dashboard.sources");
  if (count === 0) return <EmptyState title={t("empty")} />;
  return (
    <>
      <DataList {...list} testId="source" />
      <Pagination params={params} page={page} total={count} />
    </>
  );
}

export const nowrapClass = "whitespace-nowrap";
export const numberClass = "text-right tabular-nums whitespace-nowrap";

/** Unit — village, linking to the pairing's ledger. */
export function pairingColumn<Row>(header: string, pairingOf: (row: Row) => PairingColumns | null): ListColumn<Row> {
  return {
    header,
    cell: (row) => {
      const pairing = pairingOf(row);
      if (!pairing) return "—";
      return (
        <>
          <Link href={`/pairings/${pairing.id}`} className="text-brand-700 hover:underline">
            {pairing.unit.name} — {pairing.village.name}
          </Link>
          <span className="block text-xs text-stone-500">{pairing.village.township.name}</span>
        </>
      );
    },
  };
}
