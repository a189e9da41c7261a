import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { DORMANT_DAYS } from "@/domain/idle-days";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { pairHealthFigure, referenceDay } from "../queries/pair-health";
import { PairHealthTable } from "./pair-health-table";
import { Section } from "./section";

/** How many of the worst pairings the dashboard shows; the full list is one click away. */
const TOP = 10;

export async function PairHealthSection({ filter, today }: { filter: DashboardFilter; today: string }) {
  const [t, f, rows] = await Promise.all([getTranslations("dashboard.health"), getDayFormat(), loadFigure(pairHealthFigure, filter, today)]);
  const dormant = rows.filter((r) => r.dormant).length;
  return (
    <Section
      id="pair-health"
      title={t("title")}
      note={t("note", { days: DORMANT_DAYS, day: f.day(referenceDay(filter, today)) })}
      actions={
        rows.length > 0 && (
          <span className="text-stone-600" data-testid="dormant-count">
            {t("dormantCount", { count: dormant, total: rows.length })}
          </span>
        )
      }
    >
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <PairHealthTable rows={rows.slice(0, TOP)} filter={filter} />
          {rows.length > TOP && (
            <p className="mt-2 text-sm">
              <Link href={sourceHref.health(filter)} className="text-brand-700 hover:underline">
                {t("all", { count: rows.length })}
              </Link>
            </p>
          )}
        </>
      )}
    </Section>
  );
}
