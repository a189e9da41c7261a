import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { fromShanghaiDay } from "@/lib/dates";
import type { Ledger } from "../ledger";

/** The figures of the ledger: verified activities per content area, how long since the last, the rest. */
export async function LedgerSummary({ summary }: { summary: Ledger["summary"] }) {
  const t = await getTranslations("pairings.ledger");
  const ta = await getTranslations("areas");
  const format = await getFormatter();
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const tiles: { label: string; value: string; note?: string; hint?: string; warn?: boolean; testId?: string }[] = [
    { label: t("verifiedActivities"), value: format.number(summary.verifiedCount), note: summary.pendingCount > 0 ? t("pending", { count: summary.pendingCount }) : undefined },
    {
      label: t("sinceLastVerified"),
      value: summary.daysSinceLastVerified === null ? t("none") : t("days", { days: summary.daysSinceLastVerified }),
      note: summary.lastVerifiedAt ? longDate(summary.lastVerifiedAt) : undefined,
      hint: t("idleHint", { day: longDate(fromShanghaiDay(summary.idleReferenceDay)) }),
      warn: summary.dormant,
      testId: "days-since-last-verified",
    },
    {
      label: t("pledges"),
      value: t("pledgesValue", { fulfilled: summary.pledgesFulfilled, total: summary.pledgeCount }),
      note: summary.pledgesOverdue > 0 ? t("overdueCount", { count: summary.pledgesOverdue }) : undefined,
      warn: summary.pledgesOverdue > 0,
    },
    { label: t("visitsAndInspections"), value: t("visitsValue", { visits: summary.visitCount, inspections: summary.inspectionCount }) },
  ];
  return (
    <section aria-label={t("summaryLabel")} className="space-y-3">
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((tile) => (
          <li key={tile.label} className="rounded-lg border border-stone-200 bg-white p-3" data-testid={tile.testId}>
            <span className="block text-xs text-stone-500">{tile.label}</span>
            <span className={cn("mt-1 block text-lg font-semibold tabular-nums", tile.warn ? "text-amber-800" : "text-stone-900")}>{tile.value}</span>
            {tile.note && <span className={cn("block text-xs", tile.warn ? "text-amber-800" : "text-stone-500")}>{tile.note}</span>}
            {tile.hint && <span className="mt-0.5 block text-xs text-stone-500">{tile.hint}</span>}
          </li>
        ))}
      </ul>
      <div className="rounded-lg border border-stone-200 bg-white p-3">
        <h2 className="mb-2 text-sm font-medium text-stone-700">{t("byArea")}</h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="area-counts">
          {CONTENT_AREAS.map((area) => (
            <li key={area} className={cn("rounded-md px-2 py-1.5 text-sm", summary.areaCounts[area] === 0 ? "bg-amber-50 text-amber-900" : "bg-stone-50 text-stone-800")}>
              <span className="block text-xs">{ta(area)}</span>
              <span className="font-semibold tabular-nums">{summary.areaCounts[area]}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
