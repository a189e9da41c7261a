import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import { evidenceFigure } from "../queries/evidence";
import type { DashboardFilter } from "../queries/filter";
import { FigureLink } from "./figure-link";
import { Section } from "./section";

/** How many units the dashboard lists (most warnings first); the records of all of them are one click away. */
const TOP = 10;

/** How many activities each unit had verified although their evidence was warned of; each figure opens its records. */
export async function EvidenceSection({ filter }: { filter: DashboardFilter }) {
  const [t, f, { total, units }] = await Promise.all([getTranslations("dashboard.evidence"), getDayFormat(), loadFigure(evidenceFigure, filter)]);
  return (
    <Section
      id="evidence-checks"
      title={t("title")}
      note={t("note")}
      actions={
        total > 0 && (
          <span className="text-stone-600">
            {t("total")}{" "}
            <FigureLink href={sourceHref.activities(filter, { evidence: "warned" })} testId="evidence-total">
              {f.count(total)}
            </FigureLink>
          </span>
        )
      }
    >
      {units.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" data-testid="evidence-units">
          {units.slice(0, TOP).map((u) => (
            <li key={u.unitId} className="flex items-baseline justify-between gap-2 border-b border-stone-100 py-1">
              <span className="min-w-0 truncate">{u.unit}</span>
              <FigureLink href={sourceHref.activities(filter, { evidence: "warned", unit: u.unitId })}>{t("count", { count: f.count(u.count) })}</FigureLink>
            </li>
          ))}
        </ul>
      )}
      {units.length > TOP && (
        <p className="mt-2 text-sm">
          <Link href={sourceHref.activities(filter, { evidence: "warned" })} className="text-brand-700 hover:underline" data-testid="evidence-all">
            {t("all", { count: units.length })}
          </Link>
        </p>
      )}
    </Section>
  );
}
