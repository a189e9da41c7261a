import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatRate } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { reportingFigure } from "../queries/reporting";
import { Section } from "./section";

const TOP = 10;

/** A GET form choosing the month, keeping the rest of the view. */
export async function ReportMonthForm({ filter, month, action }: { filter: DashboardFilter; month: string; action: string }) {
  const t = await getTranslations("dashboard.reporting");
  return (
    <form method="get" action={action} className="flex items-center gap-2">
      <input type="hidden" name="from" value={filter.period.from} />
      <input type="hidden" name="to" value={filter.period.to} />
      {filter.region && <input type="hidden" name="region" value={filter.region.id} />}
      {filter.townshipId && <input type="hidden" name="township" value={filter.townshipId} />}
      <label htmlFor="report-month" className="text-stone-600">
        {t("monthLabel")}
      </label>
      <input id="report-month" type="month" name="reportMonth" required defaultValue={month} className="rounded-md border border-stone-300 px-2 py-1" />
      <button type="submit" className={buttonClass("secondary", "min-h-8 py-1")}>
        {t("show")}
      </button>
    </form>
  );
}

export async function ReportingSection({ filter, month }: { filter: DashboardFilter; month: string }) {
  const [t, f, report] = await Promise.all([getTranslations("dashboard.reporting"), getDayFormat(), loadFigure(reportingFigure, filter, month)]);
  const missing = report.pairings.filter((p) => p.filed === 0);
  const total = report.pairings.length;
  return (
    <Section id="reporting" title={t("title")} note={t("note")} actions={<ReportMonthForm filter={filter} month={month} action="/dashboard#reporting" />}>
      <p className="text-sm text-stone-700">
        {f.month(month)}{" "}
        <Link href={sourceHref.reporting(filter, month)} className="text-2xl font-semibold text-brand-700 tabular-nums hover:underline" data-testid="reporting-rate">
          {formatRate(report.reported, total)}
        </Link>
        <span className="ml-2">{t("rate", { reported: report.reported, total })}</span>
      </p>
      <h3 className="mt-3 mb-1 text-sm font-medium text-stone-800">{t("missing", { count: missing.length })}</h3>
      {missing.length === 0 ? (
        <p className="text-sm text-stone-500">{total === 0 ? t("noPairings") : t("none")}</p>
      ) : (
        <ul className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2" data-testid="reporting-missing">
          {missing.slice(0, TOP).map((p) => (
            <li key={p.pairingId}>
              <Link href={`/pairings/${p.pairingId}`} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
                {p.unitName}
              </Link>
              <span className="ml-1 text-xs text-stone-500">
                {p.villageName} · {p.townshipName}
              </span>
            </li>
          ))}
        </ul>
      )}
      {missing.length > TOP && (
        <p className="mt-2 text-sm">
          <Link href={sourceHref.reporting(filter, month)} className="text-brand-700 hover:underline">
            {t("all", { count: missing.length })}
          </Link>
        </p>
      )}
    </Section>
  );
}
