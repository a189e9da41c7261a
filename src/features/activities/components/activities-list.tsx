import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { isReported } from "@/domain/activity-status";
import { indicatorLabel, indicatorValueText } from "@/domain/format";
import type { CurrentUser } from "@/server/current-user";
import { readDb } from "@/server/read-db";
import { ConfirmationBadge } from "@/features/countersign";
import { ACTIVITY_SORTS, activityCampaign, activityCursorAfter, activityCursorParam, activityFiltersOf, getActivityFilterOptions, listActivities } from "../queries";
import { ActivityFilters } from "./activity-filters";
import { ActivityStatusBadge } from "./status-badges";

const nowrap = "whitespace-nowrap";

export async function ActivitiesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const db = await readDb();
  const t = await getTranslations("activities");
  const te = await getTranslations("evidence");
  const tc = await getTranslations("common");
  const ta = await getTranslations("areas");
  const format = await getFormatter();
  const locale = await getLocale();
  const list = parseListParams(params, ACTIVITY_SORTS, "desc");
  const chosen = await activityCampaign(db, user, params);
  const filters = { ...activityFiltersOf(params), campaignId: chosen.campaignId };
  const [options, { rows, total, more, indicatorTotal }] = await Promise.all([
    getActivityFilterOptions(db, user),
    listActivities(db, user, { ...list, ...filters, after: activityCursorParam(params) }),
  ]);
  const indicator = filters.indicator ? options.indicators.find((i) => i.code === filters.indicator) : undefined;
  // The campaign always narrows the list (to the current one by default): not a filter the reader set.
  const { campaignId: _campaign, ...set } = filters;
  const filtered = Object.values(set).some((v) => v !== undefined);
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <ActivityFilters params={params} filters={filters} options={options} campaign={chosen.all ? null : (chosen.campaign?.id ?? null)} user={user} sort={list.sort} dir={list.dir} />
      {indicator && indicatorTotal !== null && (
        <p className="mb-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="indicator-total">
          {t("list.indicatorTotal", {
            count: total,
            indicator: indicatorLabel(indicator, locale),
            total: indicatorValueText(indicator, indicatorTotal, locale),
          })}
        </p>
      )}
      {rows.length === 0 ? (
        <ListEmptyState title={filtered ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(a) => a.id}
          testId="activity"
          sort={sortProps}
          columns={[
            {
              header: t("fields.title"),
              cell: (a) => (
                <>
                  <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                  {a.correctedAt && (
                    <span className="ml-2">
                      <Badge tone="sky">{t("corrected")}</Badge>
                    </span>
                  )}
                </>
              ),
              className: "min-w-40",
              card: "title",
            },
            { header: t("fields.date"), sortKey: "date", cell: (a) => format.dateTime(a.date, { dateStyle: "long" }), className: nowrap, card: "meta" },
            {
              header: t("fields.pairing"),
              cell: (a) => (
                <>
                  {a.pairing.unit.name}
                  <span className="block text-xs text-stone-500">
                    {a.pairing.village.township.name}
                    {a.pairing.village.name}
                  </span>
                </>
              ),
              className: "min-w-40",
            },
            { header: t("fields.area"), cell: (a) => ta(a.area), className: nowrap },
            {
              header: t("fields.statusLabel"),
              cell: (a) => (
                <span className="flex flex-wrap gap-1">
                  <ActivityStatusBadge status={a.status} />
                  {isReported(a.status) && <ConfirmationBadge confirmation={a.confirmation} />}
                  {a._count.evidenceWarnings > 0 && <Badge tone="amber">{te("badge", { count: a._count.evidenceWarnings })}</Badge>}
                </span>
              ),
              card: "badges",
            },
            ...(indicator
              ? [
                  {
                    header: indicatorLabel(indicator, locale),
                    cell: (a: (typeof rows)[number]) => indicatorValueText(indicator, (a.values || []).reduce((sum, v) => sum + v.value, 0), locale),
                    className: "text-right tabular-nums whitespace-nowrap",
                    numeric: true,
                  },
                ]
              : []),
            { header: t("fields.submittedAt"), sortKey: "submittedAt", cell: (a) => (a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: "medium" }) : "—"), className: `${nowrap} text-stone-600` },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} more={more} after={activityCursorAfter(list, rows)} />
    </>
  );
}
