import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "@/lib/list-params";
import { shanghaiDay } from "@/lib/dates";
import { readDb } from "@/server/read-db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { formatAmount, formatCount, indicatorLabel, indicatorUnit } from "@/domain/format";
import { activityListHref } from "../../links";
import { indicatorSources } from "../../queries/sources/activity-sources";
import { nowrapClass, numberClass, pageOf, pairingColumn, SourcePage, SourceTable } from "./source-page";

/** Each verified activity that carries the indicator, with its value; the values add up to the figure. */
export async function IndicatorSources({ context, code, params }: { context: DashboardContext; code: string; params: SearchParams }) {
  const db = await readDb();
  const page = pageOf(params);
  const result = await indicatorSources(db, context.filter, code, page);
  if (!result) notFound();
  const [t, ta, locale, f] = await Promise.all([getTranslations("dashboard.sources"), getTranslations("areas"), getLocale(), getDayFormat()]);
  const { indicator, rows, count, total } = result;
  const label = indicatorLabel(indicator, locale);
  const unit = indicatorUnit(indicator, locale);
  const figure = formatAmount(total, unit, indicator.isMoney, locale);
  const exact = `${formatCount(total, locale)} ${unit}`;
  return (
    <SourcePage
      context={context}
      title={t("indicator.title", { label })}
      description={t("indicator.description", { label })}
      summary={
        <>
          {t("indicator.summary", { count: formatCount(count, locale) })}{" "}
          <strong className="text-lg text-brand-700 tabular-nums" data-testid="source-total">
            {figure.value}
            {figure.wan ? figure.unit : ` ${figure.unit}`}
          </strong>
          {figure.wan && <span className="ml-2 text-stone-600">{t("indicator.exact", { value: exact })}</span>}
        </>
      }
      actions={
        <Link href={activityListHref(context.filter, indicator.code)} className="text-sm text-brand-700 hover:underline">
          {t("indicator.openInLedger")}
        </Link>
      }
    >
      <SourceTable
        caption={t("indicator.title", { label })}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.date"), cell: (row) => f.day(shanghaiDay(row.activity.date)), className: nowrapClass, card: "meta" },
          {
            header: t("columns.activity"),
            cell: (row) => (
              <Link href={`/activities/${row.activity.id}`} className="text-brand-700 hover:underline">
                {row.activity.title}
              </Link>
            ),
            card: "title",
          },
          pairingColumn(t("columns.pairing"), (row: (typeof rows)[number]) => row.activity.pairing),
          { header: t("columns.area"), cell: (row) => ta(row.activity.area), className: nowrapClass },
          { header: t("columns.contribution", { unit }), cell: (row) => formatCount(row.value, locale), className: numberClass, numeric: true },
        ]}
        foot={{ label: t("grandTotal", { count: formatCount(count, locale) }), cells: [, , , , exact], testIds: [, , , , "source-foot-total"] }}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}
