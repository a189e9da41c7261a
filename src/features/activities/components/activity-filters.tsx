import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { first, type SearchParams } from "@/lib/list-params";
import { ACTIVITY_STATUSES } from "@/domain/activity-status";
import { CONFIRMATIONS } from "@/domain/countersign";
import { EVIDENCE_STATES } from "@/domain/evidence";
import { indicatorLabel } from "@/domain/format";
import type { CurrentUser } from "@/server/current-user";
import { PairingFilter } from "@/features/pairings";
import { CampaignSelect } from "@/features/campaigns";
import type { ActivityFilters as Filters, getActivityFilterOptions } from "../queries";

type Props = {
  params: SearchParams;
  filters: Filters;
  options: Awaited<ReturnType<typeof getActivityFilterOptions>>;
  /** The campaign shown (null: all of them). */
  campaign: number | null;
  user: CurrentUser;
  sort: string;
  dir: string;
};

/** The list's filters, kept in the URL. The rarer ones fold away unless one of them is in use. */
export async function ActivityFilters({ params, filters, options, campaign, user, sort, dir }: Props) {
  const t = await getTranslations("activities");
  const ta = await getTranslations("areas");
  const te = await getTranslations("evidence");
  const locale = await getLocale();
  const moreFilters = [filters.townshipId, filters.indicator, filters.confirmation, filters.from, filters.to, filters.mine, filters.evidence, filters.dispute].some((v) => v !== undefined);
  return (
    <FilterBar resetHref="/activities">
      <CampaignSelect campaigns={options.campaigns} value={campaign} allowAll className="w-full sm:w-44" />
      <FilterSelect label={t("fields.statusLabel")} name="status" value={filters.status} options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} className="w-full sm:w-32" />
      <FilterSelect label={t("fields.area")} name="area" value={filters.area} options={CONTENT_AREAS.map((a) => ({ value: a, label: ta(a) }))} className="w-full sm:w-40" />
      <PairingFilter user={user} label={t("fields.pairing")} value={filters.pairingId} className="w-full sm:w-64" />
      {/* The rarer filters fold away, so a phone shows the list without scrolling past them. */}
      <details className="w-full" open={moreFilters}>
        <summary className="cursor-pointer text-sm text-brand-700">{t("filters.more")}</summary>
        <div className="mt-2 flex flex-wrap items-end gap-3">
          <FilterSelect label={t("fields.township")} name="township" value={filters.townshipId} options={options.townships.map((x) => ({ value: x.id, label: x.name }))} className="w-full sm:w-32" />
          <FilterSelect label={t("fields.indicator")} name="indicator" value={filters.indicator} options={options.indicators.map((i) => ({ value: i.code, label: indicatorLabel(i, locale) }))} className="w-full sm:w-48" />
          <FilterSelect label={t("fields.confirmationLabel")} name="confirmation" value={filters.confirmation} options={CONFIRMATIONS.map((c) => ({ value: c, label: t(`confirmation.${c}`) }))} className="w-full sm:w-32" />
          <FilterSelect label={t("filters.disputeLabel")} name="dispute" value={filters.dispute} options={[{ value: "open", label: t("filters.disputeOpen") }]} className="w-full sm:w-40" />
          <FilterSelect label={te("filter")} name="evidence" value={filters.evidence} options={EVIDENCE_STATES.map((s) => ({ value: s, label: te(`filterOptions.${s}`) }))} className="w-full sm:w-32" />
          <TextField label={t("fields.from")} name="from" type="date" defaultValue={filters.from ?? ""} className="w-full sm:w-40" />
          <TextField label={t("fields.to")} name="to" type="date" defaultValue={filters.to ?? ""} className="w-full sm:w-40" />
          {user.role !== "LEADER" && user.role !== "VILLAGE" && (
            <CheckboxField label={t("filters.mine")} name="mine" value="1" defaultChecked={filters.mine} className="min-h-10" />
          )}
        </div>
      </details>
      {/* Keep the chosen sort order when the filters change. */}
      {first(params.sort) && <input type="hidden" name="sort" value={sort} />}
      {first(params.dir) && <input type="hidden" name="dir" value={dir} />}
    </FilterBar>
  );
}
