import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { type SearchParams, withParams } from "@/lib/list-params";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import { matrixFigure } from "../queries/activity-matrix";
import { bestAndLagging, type RankBy, type RankedSubject, subjectTotals } from "../queries/breakdowns";
import type { DashboardFilter } from "../queries/filter";
import { Section } from "./section";

/** Best and lagging units and villages, by verified activities or by coverage of the six areas. */
export async function Rankings({ filter, params, rankBy }: { filter: DashboardFilter; params: SearchParams; rankBy: RankBy }) {
  const [t, matrix] = await Promise.all([getTranslations("dashboard.rankings"), loadFigure(matrixFigure, filter)]);
  const toggle = (["activities", "coverage"] as const).map((by) => (
    <Link
      key={by}
      href={`/dashboard${withParams(params, { rank: by === "activities" ? undefined : by })}#rankings`}
      aria-current={rankBy === by ? "true" : undefined}
      className={cn("rounded-full border px-3 py-0.5", rankBy === by ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 text-stone-700 hover:border-brand-600")}
    >
      {t(by === "activities" ? "byActivities" : "byCoverage")}
    </Link>
  ));
  return (
    <Section id="rankings" title={t("title")} note={t("note")} actions={toggle}>
      <div className="grid gap-4 md:grid-cols-2">
        {(["unit", "village"] as const).map((subject) => {
          const { best, lagging } = bestAndLagging(subjectTotals(matrix, subject), rankBy);
          return (
            <div key={subject} data-testid={`rankings-${subject}`}>
              <h3 className="mb-1 text-sm font-medium text-stone-800">{t(subject === "unit" ? "units" : "villages")}</h3>
              <div className="grid gap-3 sm:grid-cols-2">
                <RankList title={t("best")} tone="best" rows={best} filter={filter} subject={subject} />
                <RankList title={t("lagging")} tone="lagging" rows={lagging} filter={filter} subject={subject} />
              </div>
            </div>
          );
        })}
      </div>
    </Section>
  );
}

async function RankList({ title, tone, rows, filter, subject }: { title: string; tone: "best" | "lagging"; rows: RankedSubject[]; filter: DashboardFilter; subject: "unit" | "village" }) {
  const [t, f] = await Promise.all([getTranslations("dashboard.rankings"), getDayFormat()]);
  return (
    <div>
      <p className={cn("mb-1 text-xs font-medium", tone === "best" ? "text-green-800" : "text-amber-800")}>{title}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <ol className="space-y-1 text-sm">
          {rows.map((row) => (
            <li key={row.id} className="flex items-baseline justify-between gap-2">
              <span className="min-w-0 truncate" title={row.detail ? `${row.name} · ${row.detail}` : row.name}>
                {row.name}
                {row.detail && <span className="ml-1 text-xs text-stone-500">{row.detail}</span>}
              </span>
              <span className="shrink-0 text-xs whitespace-nowrap text-stone-600">
                <Link className="font-medium text-brand-700 tabular-nums hover:underline" href={sourceHref.activities(filter, subject === "unit" ? { unit: row.id } : { village: row.id })}>
                  {t("activities", { count: f.count(row.activities) })}
                </Link>
                <span className="ml-2 tabular-nums">{t("coverage", { count: row.coverage })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
