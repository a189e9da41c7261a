import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import type { PairHealth } from "../queries/pair-health";

const th = "px-2 py-2 text-left font-medium";
const td = "px-2 py-1.5 align-top";

/** Pairings × the six content areas: count and last date per area, days since the last verified activity. */
export async function PairHealthTable({ rows, filter }: { rows: PairHealth[]; filter: DashboardFilter }) {
  const [t, ta, f] = await Promise.all([getTranslations("dashboard.health"), getTranslations("areas"), getDayFormat()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="min-w-full divide-y divide-stone-200 text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-stone-50 text-xs text-stone-600">
          <tr>
            <th scope="col" className={`${th} sticky left-0 z-10 min-w-36 bg-stone-50`}>
              {t("pairing")}
            </th>
            {CONTENT_AREAS.map((area) => (
              <th key={area} scope="col" className={`${th} min-w-20`}>
                {ta(area)}
              </th>
            ))}
            <th scope="col" className={th}>
              {t("total")}
            </th>
            <th scope="col" className={th}>
              {t("last")}
            </th>
            <th scope="col" className={th}>
              {t("days")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.pairingId} className={row.dormant ? "bg-amber-50" : undefined} data-testid="health-row">
              {/* The pairing stays in view while a phone scrolls the areas sideways. */}
              <th scope="row" className={`${td} sticky left-0 z-10 min-w-36 text-left font-normal ${row.dormant ? "bg-amber-50" : "bg-white"}`}>
                <Link href={`/pairings/${row.pairingId}`} className="font-medium text-brand-700 hover:underline">
                  {row.unitName} — {row.villageName}
                </Link>
                <span className="block text-xs text-stone-500">{row.townshipName}</span>
              </th>
              {CONTENT_AREAS.map((area) => {
                const c = row.areas[area];
                return (
                  <td key={area} className={`${td} tabular-nums`}>
                    {c.count === 0 ? (
                      <span className="text-stone-300" aria-label={t("none")}>
                        0
                      </span>
                    ) : (
                      <>
                        <Link className="text-brand-700 hover:underline" href={sourceHref.activities(filter, { pairing: row.pairingId, area })}>
                          {f.count(c.count)}
                        </Link>
                        {c.last && <span className="block text-xs whitespace-nowrap text-stone-500">{f.shortDay(c.last)}</span>}
                      </>
                    )}
                  </td>
                );
              })}
              <td className={`${td} tabular-nums`}>
                <Link className="font-medium text-brand-700 hover:underline" href={sourceHref.activities(filter, { pairing: row.pairingId })}>
                  {f.count(row.total)}
                </Link>
                <span className="block text-xs text-stone-500">{t("coverage", { count: row.coverage })}</span>
              </td>
              <td className={`${td} whitespace-nowrap`}>{row.lastEver ? f.shortDay(row.lastEver) : t("never")}</td>
              <td className={`${td} whitespace-nowrap`}>
                <span className="tabular-nums">{t("daysValue", { days: row.daysSince })}</span>{" "}
                {row.dormant ? <Badge tone="amber">{t("dormant")}</Badge> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
