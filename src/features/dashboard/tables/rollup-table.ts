import "server-only";
import { formatAmount, indicatorLabel, indicatorUnit } from "@/domain/format";
import { db } from "@/server/db";
import { type DashboardContext, loadFigure } from "../context";
import { dashboardHref, sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { type RollupFigures, rollupFigure, type RollupIndicator, rollupIndicators, rollupRows } from "../queries/region-rollup";
import type { TableData } from "./table-data";
import { under, type Words } from "./words";

/**
 * "下级对比": one row per region or township directly below the region shown, each figure a link
 * to its records, the name a link to that child's dashboard; the total row is the region's own
 * figures. Null for a reader whose scope is not a region, and below a township.
 */
export async function rollupTable(context: DashboardContext, { t: all, f, locale }: Words): Promise<TableData | null> {
  const { filter, region, today } = context;
  if (!region) return null;
  const children = await rollupRows(db, filter, region);
  if (children.length === 0) return null;
  const t = under(all, "rollup");
  const indicators = await rollupIndicators(db);
  const ids = indicators.map((i) => i.id);
  const [parent, ...figures] = await Promise.all([filter, ...children.map((child) => child.filter)].map((fl) => loadFigure(rollupFigure, fl, today, ids)));

  const amount = (indicator: RollupIndicator, value: number) => {
    // The column's header names the unit (元); 1,280,000 元 reads 128万 under it, as in the outcome table.
    const figure = formatAmount(value, indicatorUnit(indicator, locale), indicator.isMoney, locale);
    return figure.wan ? `${figure.value}万` : figure.value;
  };
  // Each figure column: how to read it from a row's figures and where its records are listed.
  const columns: { header: string; id: string; value: (r: RollupFigures) => string; href: (filter: DashboardFilter) => string }[] = [
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
  return {
    caption: t("caption", { name: region.name }),
    head: [t("name"), ...columns.map((c) => c.header)],
    numeric: true,
    empty: "",
    rows: children.map((child, i) => ({
      key: `${child.kind}-${child.id}`,
      testId: "rollup-row",
      cells: [
        { text: child.name, href: dashboardHref(child.filter), testId: "rollup-name" },
        ...columns.map((c) => ({ text: c.value(figures[i]), href: c.href(child.filter), testId: `rollup-${c.id}` })),
      ],
    })),
    foot: {
      key: "total",
      cells: [{ text: t("total", { name: region.name }) }, ...columns.map((c) => ({ text: c.value(parent), href: c.href(filter), testId: `rollup-total-${c.id}` }))],
    },
  };
}
