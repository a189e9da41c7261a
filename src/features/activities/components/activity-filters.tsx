import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { first, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { indicatorLabel } from "@/features/indicators/format";
import type { ActivityFilters as Filters, getActivityFilterOptions } from "../queries";
import { ACTIVITY_STATUSES, CONFIRMATIONS } from "../schemas";

type Props = {
  params: SearchParams;
  filters: Filters;
  options: Awaited<ReturnType<typeof getActivityFilterOptions>>;
  user: CurrentUser;
  sort: string;
  dir: string;
};

/** The list's filters, kept in the URL. The rarer ones fold away unless one of them is in use. */
export async function ActivityFilters({ params, filters, options, user, sort, dir }: Props) {
  const t = await getTranslations("activities");
  const tc = await getTranslations("common");
  const ta = await getTranslations("areas");
  const locale = await getLocale();
  const moreFilters = [filters.townshipId, filters.indicator, filters.confirmation, filters.from, filters.to, filters.mine].some((v) => v !== undefined);
  return (
    <FilterBar resetHref="/activities">
      <SelectField label={t("fields.statusLabel")} name="status" defaultValue={filters.status ?? ""} className="w-full sm:w-32">
        <option value="">{tc("filters.all")}</option>
        {ACTIVITY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("fields.area")} name="area" defaultValue={filters.area ?? ""} className="w-full sm:w-40">
        <option value="">{tc("filters.all")}</option>
        {CONTENT_AREAS.map((a) => (
          <option key={a} value={a}>
            {ta(a)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("fields.pairing")} name="pairing" defaultValue={filters.pairingId ?? ""} className="w-full sm:w-64">
        <option value="">{tc("filters.all")}</option>
        {options.pairings.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
      {/* The rarer filters fold away, so a phone shows the list without scrolling past them. */}
      <details className="w-full" open={moreFilters}>
        <summary className="cursor-pointer text-sm text-brand-700">{t("filters.more")}</summary>
        <div className="mt-2 flex flex-wrap items-end gap-3">
          <SelectField label={t("fields.township")} name="township" defaultValue={filters.townshipId ?? ""} className="w-full sm:w-32">
            <option value="">{tc("filters.all")}</option>
            {options.townships.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("fields.indicator")} name="indicator" defaultValue={filters.indicator ?? ""} className="w-full sm:w-48">
            <option value="">{tc("filters.all")}</option>
            {options.indicators.map((i) => (
              <option key={i.id} value={i.code}>
                {indicatorLabel(i, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("fields.confirmationLabel")} name="confirmation" defaultValue={filters.confirmation ?? ""} className="w-full sm:w-32">
            <option value="">{tc("filters.all")}</option>
            {CONFIRMATIONS.map((c) => (
              <option key={c} value={c}>
                {t(`confirmation.${c}`)}
              </option>
            ))}
          </SelectField>
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
