import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { enumParam, pageSlice, type SearchParams, withParams } from "@/lib/list-params";
import type { DashboardContext } from "../context";
import { getDayFormat } from "../day-format";
import { formatRate } from "@/domain/format";
import { loadFigure } from "../context";
import { monthOf, parseMonth } from "../period";
import { referenceDay } from "../queries/pair-health";
import { reportingFigure } from "../queries/reporting";
import { ReportMonthForm } from "./reporting-section";
import { numberClass, pageOf, SourcePage, SourceTable } from "./sources/source-page";

/** Reporting in one month: the pairings that filed nothing first (or those that did), a page at a time. */
export async function ReportingPage({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const month = parseMonth(params, "reportMonth", monthOf(referenceDay(context.filter, context.today)));
  const show = enumParam(params, "show", ["missing", "filed"]) ?? "missing";
  const { page, pageSize } = pageOf(params);
  const [t, f, report] = await Promise.all([getTranslations("dashboard.reporting"), getDayFormat(), loadFigure(reportingFigure, context.filter, month)]);
  const listed = report.pairings.filter((p) => (show === "missing" ? p.filed === 0 : p.filed > 0));
  const tabs = (["missing", "filed"] as const).map((s) => (
    <Link
      key={s}
      href={`/dashboard/reporting${withParams(params, { show: s, page: undefined })}`}
      aria-current={show === s ? "true" : undefined}
      className={cn("rounded-full border px-3 py-1 text-sm", show === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700")}
    >
      {t(`tab.${s}`, { count: s === "missing" ? report.pairings.length - report.reported : report.reported })}
    </Link>
  ));
  return (
    <SourcePage
      context={context}
      title={t("fullTitle", { month: f.month(month) })}
      description={t("note")}
      showPeriod={false}
      actions={
        <>
          <ReportMonthForm filter={context.filter} month={month} action="/dashboard/reporting" />
          {tabs}
        </>
      }
      summary={
        <span data-testid="source-total">
          {formatRate(report.reported, report.pairings.length)} · {t("rate", { reported: report.reported, total: report.pairings.length })}
        </span>
      }
    >
      <SourceTable
        caption={t("fullTitle", { month: f.month(month) })}
        rows={pageSlice(listed, { page, size: pageSize })}
        rowKey={(p) => p.pairingId}
        columns={[
          {
            header: t("unit"),
            cell: (p) => (
              <Link href={`/pairings/${p.pairingId}`} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
                {p.unitName}
              </Link>
            ),
            card: "title",
          },
          {
            header: t("village"),
            cell: (p) => (
              <>
                {p.villageName}
                <span className="block text-xs text-stone-500">{p.townshipName}</span>
              </>
            ),
          },
          { header: t("filedCount"), cell: (p) => (p.filed > 0 ? f.count(p.filed) : <Badge tone="amber">{t("notFiled")}</Badge>), className: numberClass, numeric: true },
        ]}
        count={listed.length}
        params={params}
        page={page}
      />
    </SourcePage>
  );
}
