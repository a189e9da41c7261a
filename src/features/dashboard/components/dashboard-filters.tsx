import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { DashboardContext } from "../context";
import { getDayFormat } from "../day-format";
import { dashboardHref } from "../links";
import { monthOf, presetPeriods } from "../period";

/** Period and township, all in the URL: the form is a GET form and the presets are plain links. */
export async function DashboardFilters({ context, path = "/dashboard" }: { context: DashboardContext; path?: string }) {
  const t = await getTranslations("dashboard.filters");
  const { filter, preset, campaign, today, townships } = context;
  const presets = presetPeriods(today);
  const keep = { townshipId: filter.townshipId };
  const chips = [
    { key: "campaign", href: dashboardHref({ ...keep, period: campaign }) },
    { key: "year", href: dashboardHref({ ...keep, period: presets.year }) },
    { key: "last12", href: dashboardHref({ ...keep, period: presets.last12 }) },
  ] as const;
  return (
    <div className="no-print mb-4 space-y-2">
      <FilterBar resetHref={path}>
        <TextField label={t("from")} name="from" type="date" defaultValue={filter.period.from} className="w-40" required />
        <TextField label={t("to")} name="to" type="date" defaultValue={filter.period.to} className="w-40" required />
        <FilterSelect label={t("township")} name="township" value={filter.townshipId} options={townships.map((tw) => ({ value: tw.id, label: tw.name }))} className="w-44" />
      </FilterBar>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-500">{t("presets")}</span>
        {chips.map((chip) => (
          <Link
            key={chip.key}
            href={chip.href}
            aria-current={preset === chip.key ? "true" : undefined}
            className={cn("rounded-full border px-3 py-1", preset === chip.key ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700 hover:border-brand-600")}
          >
            {t(chip.key)}
          </Link>
        ))}
        <form method="get" action={path} className="flex items-center gap-2">
          {filter.townshipId && <input type="hidden" name="township" value={filter.townshipId} />}
          <label className="sr-only" htmlFor="dashboard-month">
            {t("monthLabel")}
          </label>
          <input
            id="dashboard-month"
            type="month"
            name="month"
            required
            defaultValue={monthOf(filter.period.to)}
            className={cn("rounded-md border px-2 py-1", preset === "month" ? "border-brand-600" : "border-stone-300")}
          />
          <button type="submit" className={buttonClass("secondary", "min-h-8 py-1")}>
            {t("showMonth")}
          </button>
        </form>
      </div>
    </div>
  );
}

/** "统计期间：2010年6月1日 至 2011年8月31日 · 全部乡镇" — what the figures below cover. */
export async function PeriodSummary({ context, withPeriod = true }: { context: DashboardContext; withPeriod?: boolean }) {
  const t = await getTranslations("dashboard");
  const f = await getDayFormat();
  const { filter, townships, scopeName } = context;
  const township = townships.find((tw) => tw.id === filter.townshipId)?.name ?? t("filters.allTownships");
  return (
    <p className="text-sm text-stone-700" data-testid="period-summary">
      {withPeriod && <>{t("filters.period", { from: f.day(filter.period.from), to: f.day(filter.period.to) })} · </>}
      {township}
      {scopeName && <> · {t("scope", { name: scopeName })}</>}
    </p>
  );
}
