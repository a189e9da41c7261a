import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { OptionsSelect } from "@/components/ui/options-select";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { DashboardContext } from "../context";
import { getDayFormat } from "../day-format";
import { ALL_CAMPAIGNS } from "@/features/campaigns/client";
import { campaignParam, dashboardHref } from "../links";
import { monthOf, presetPeriods } from "../period";

const chipClass = (current: boolean) =>
  cn("rounded-full border px-3 py-1", current ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700 hover:border-brand-600");

/** Campaign, period and township, all in the URL: the form is a GET form and the presets are plain links. */
export async function DashboardFilters({ context, path = "/dashboard" }: { context: DashboardContext; path?: string }) {
  const t = await getTranslations("dashboard.filters");
  const { filter, preset, campaign, today, townships } = context;
  const presets = presetPeriods(today);
  const keep = { townshipId: filter.townshipId, campaignId: filter.campaignId, region: filter.region };
  const campaignValue = campaignParam(filter);
  const chips = [
    { key: "campaign", href: dashboardHref({ ...keep, period: campaign }) },
    { key: "year", href: dashboardHref({ ...keep, period: presets.year }) },
    { key: "last12", href: dashboardHref({ ...keep, period: presets.last12 }) },
  ] as const;
  return (
    <div className="no-print mb-4 space-y-2">
      <CampaignPicker context={context} path={path} />
      <FilterBar resetHref={path}>
        <input type="hidden" name="campaign" value={campaignValue} />
        {filter.region && <input type="hidden" name="region" value={filter.region.id} />}
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
            className={chipClass(preset === chip.key)}
          >
            {t(chip.key)}
          </Link>
        ))}
        <form method="get" action={path} className="flex items-center gap-2">
          <input type="hidden" name="campaign" value={campaignValue} />
          {filter.region && <input type="hidden" name="region" value={filter.region.id} />}
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

/** Up to this many campaigns the picker shows one link each; beyond, a select (a province has one per county). */
const MOST_CAMPAIGN_LINKS = 8;

/**
 * One link per campaign and one for all of them: choosing one shows that campaign's own period
 * (the region and township stay). Links (or, for many campaigns, a form of its own) rather than a
 * field of the filter form, so the period of the campaign left behind does not travel along.
 */
async function CampaignPicker({ context, path }: { context: DashboardContext; path: string }) {
  const t = await getTranslations("campaigns");
  const { filter, campaigns } = context;
  if (campaigns.length === 0) return null;
  const kept = { ...(filter.region ? { region: String(filter.region.id) } : {}), ...(filter.townshipId ? { township: String(filter.townshipId) } : {}) };
  const href = (campaign: string) => `${path}?${new URLSearchParams({ campaign, ...kept })}`;
  const choices = [...campaigns.map((c) => ({ value: String(c.id), label: c.name })), { value: ALL_CAMPAIGNS, label: t("all") }];
  if (choices.length > MOST_CAMPAIGN_LINKS) {
    return (
      <form method="get" action={path} className="flex flex-wrap items-end gap-2 text-sm" data-testid="campaign-picker">
        {Object.entries(kept).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <OptionsSelect
          label={t("picker")}
          name="campaign"
          defaultValue={campaignParam(filter)}
          options={[...campaigns.map((c) => [String(c.id), t("withRegion", { name: c.name, region: c.regionName })] as const), [ALL_CAMPAIGNS, t("all")] as const]}
        />
        <button type="submit" className={buttonClass("secondary", "min-h-8 py-1")}>
          {t("show")}
        </button>
      </form>
    );
  }
  return (
    <nav aria-label={t("picker")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="campaign-picker">
      <span className="text-stone-500">{t("picker")}</span>
      {choices.map((choice) => {
        const current = choice.value === campaignParam(filter);
        return (
          <Link key={choice.value} href={href(choice.value)} aria-current={current ? "true" : undefined} className={chipClass(current)}>
            {choice.label}
          </Link>
        );
      })}
    </nav>
  );
}

/** "统计期间：2010年6月1日 至 2011年8月31日 · 全部乡镇" — what the figures below cover. */
export async function PeriodSummary({ context, withPeriod = true }: { context: DashboardContext; withPeriod?: boolean }) {
  const t = await getTranslations("dashboard");
  const f = await getDayFormat();
  const tc = await getTranslations("campaigns");
  const { filter, townships, scopeName, campaigns } = context;
  const township = townships.find((tw) => tw.id === filter.townshipId)?.name ?? t("filters.allTownships");
  const campaign = filter.campaignId === undefined ? (campaigns.length > 0 ? tc("all") : null) : campaigns.find((c) => c.id === filter.campaignId)?.name;
  return (
    <p className="text-sm text-stone-700" data-testid="period-summary">
      {campaign && <>{campaign} · </>}
      {withPeriod && <>{t("filters.period", { from: f.day(filter.period.from), to: f.day(filter.period.to) })} · </>}
      {township}
      {scopeName && <> · {t("scope", { name: scopeName })}</>}
    </p>
  );
}
