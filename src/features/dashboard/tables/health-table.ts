import "server-only";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import type { PairHealth } from "../queries/pair-health";
import type { TableCell, TableData } from "./table-data";
import { under, type Words } from "./words";

/**
 * Pairings × the six content areas: count and last date per area, days since the last verified
 * activity; a dormant pairing's row stands out. Each count opens its activities.
 */
export function healthTable(rows: PairHealth[], filter: DashboardFilter, { t: all, f }: Words): TableData {
  const t = under(all, "health");
  const area = (row: PairHealth, code: (typeof CONTENT_AREAS)[number]): TableCell => {
    const c = row.areas[code];
    if (c.count === 0) return { text: "0", label: t("none"), muted: true };
    return { text: f.count(c.count), href: sourceHref.activities(filter, { pairing: row.pairingId, area: code }), note: c.last ? f.shortDay(c.last) : undefined };
  };
  return {
    caption: t("title"),
    head: [t("pairing"), ...CONTENT_AREAS.map((a) => all(`areas.${a}`)), t("total"), t("last"), t("days")],
    numeric: false,
    empty: t("empty"),
    rows: rows.map((row) => ({
      key: String(row.pairingId),
      testId: "health-row",
      highlight: row.dormant,
      cells: [
        { text: `${row.unitName} — ${row.villageName}`, href: `/pairings/${row.pairingId}`, note: row.townshipName },
        ...CONTENT_AREAS.map((a) => area(row, a)),
        { text: f.count(row.total), href: sourceHref.activities(filter, { pairing: row.pairingId }), note: t("coverage", { count: row.coverage }) },
        { text: row.lastEver ? f.shortDay(row.lastEver) : t("never") },
        { text: t("daysValue", { days: row.daysSince }), badge: row.dormant ? t("dormant") : undefined },
      ],
    })),
  };
}
