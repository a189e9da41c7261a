import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataList, type ListColumn } from "@/components/ui/data-list";
import { formatAmount, indicatorLabel, indicatorUnit } from "@/domain/format";
import { db } from "@/server/db";
import { type DashboardContext, loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { dashboardHref, sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { type RollupFigures, rollupFigure, type RollupIndicator, rollupIndicators, rollupRows } from "../queries/region-rollup";
import { FigureLink } from "./figure-link";
import { Section } from "./section";

type Row = { key: string; name: string; kind: "region" | "township"; filter: DashboardFilter; figures: RollupFigures };

/**
 * "下级对比": one row per region or township directly below the region shown, each figure a link
 * to its records, the name a link to that child's dashboard; the total row is the region's own
 * figures. Not shown to a reader whose scope is not a region, nor below a township.
 */
export async function RegionRollupSection({ context }: { context: DashboardContext }) {
  const { filter, region, today } = context;
  if (!region) return null;
  const children = await rollupRows(db, filter, region);
  if (children.length === 0) return null;
  const indicators = await rollupIndicators(db);
  const ids = indicators.map((i) => i.id);
  const [t, locale, f, parent, ...figures] = await Promise.all([
    getTranslations("dashboard.rollup"),
    getLocale(),
    getDayFormat(),
    loadFigure(rollupFigure, filter, today, ids),
    ...children.map((child) => loadFigure(rollupFigure, child.filter, today, ids)),
  ]);
  const rows: Row[] = children.map((child, i) => ({ ...child, key: `${child.kind}-${child.id}`, figures: figures[i] }));

  const amount = (indicator: RollupIndicator, value: number) => {
    // The column's header names the unit (元); 1,280,000 元 reads 128万 under it, as in the outcome table.
    const figure = formatAmount(value, indicatorUnit(indicator, locale), indicator.isMoney, locale);
    return figure.wan ? `${figure.value}万` : figure.value;
  };
  // Each figure column: how to read it from a row's figures and where its records are listed.
  const figureColumns: { header: string; id: string; value: (r: RollupFigures) => string; href: (filter: DashboardFilter) => string }[] = [
    { header: t("pairings"), id: "pairings", value: (r) => f.count(r.pairingsInEffect), href: sourceHref.pairings },
    { header: t("verified"), id: "verified", value: (r) => f.count(r.verified), href: (fl) => sourceHref.activities(fl) },
    { header: t("dormant"), id: "dormant", value: (r) => f.count(r.dormant), href: sourceHref.health },
    { header: t("pledgesFulfilled"), id: "pledges", value: (r) => f.count(r.pledgesFulfilled), href: (fl) => sourceHref.pledges(fl, "fulfilled") },
    ...indicators.map((i) => ({
      header: t("indicator", { label: indicatorLabel(i, locale), unit: indicatorUnit(i, locale) }),
      id: i.code,
      value: (r: RollupFigures) => amount(i, r.indicators[i.id] ?? 0),
      href: (fl: DashboardFilter) => sourceHref.indicator(fl, i.code),
    })),
  ];
  const numeric = "text-right tabular-nums";
  const columns: ListColumn<Row>[] = [
    {
      header: t("name"),
      card: "title",
      cell: (row) => (
        <Link href={dashboardHref(row.filter)} className="font-medium text-brand-700 hover:underline" data-testid="rollup-name">
          {row.name}
        </Link>
      ),
    },
    ...figureColumns.map((c) => ({
      header: c.header,
      numeric: true,
      className: numeric,
      cell: (row: Row) => (
        <FigureLink href={c.href(row.filter)} testId={`rollup-${c.id}`}>
          {c.value(row.figures)}
        </FigureLink>
      ),
    })),
  ];
  const foot = {
    label: t("total", { name: region.name }),
    cells: [undefined, ...figureColumns.map((c) => <FigureLink key={c.id} href={c.href(filter)}>{c.value(parent)}</FigureLink>)],
    testIds: [undefined, ...figureColumns.map((c) => `rollup-total-${c.id}`)],
  };
  return (
    <Section id="region-rollup" title={t("title")} note={t("note")}>
      <DataList caption={t("caption", { name: region.name })} columns={columns} rows={rows} rowKey={(r) => r.key} testId="rollup" foot={foot} breakpoint="md" />
    </Section>
  );
}
