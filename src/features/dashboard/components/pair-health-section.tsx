import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { DORMANT_DAYS } from "@/domain/idle-days";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { pairHealthFigure, referenceDay } from "../queries/pair-health";
import { HEALTH_TOP } from "../tables/http";
import { FoldedTable } from "./folded-table";
import { Section } from "./section";

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
          <FoldedTable table="health" filter={filter} summary={t("show", { count: Math.min(rows.length, HEALTH_TOP) })} testId="health-table" />
          {rows.length > HEALTH_TOP && (
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
