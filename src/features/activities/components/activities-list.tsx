import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td, Th } from "@/components/ui/table";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { isReported } from "@/domain/activity-status";
import { indicatorLabel, indicatorValueText } from "@/domain/format";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { ConfirmationBadge } from "@/features/countersign";
import { ACTIVITY_SORTS, activityCursorAfter, activityCursorParam, activityFiltersOf, getActivityFilterOptions, listActivities } from "../queries";
import { ActivityFilters } from "./activity-filters";
import { ActivityStatusBadge } from "./status-badges";

export async function ActivitiesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("activities");
  const te = await getTranslations("evidence");
  const tc = await getTranslations("common");
  const ta = await getTranslations("areas");
  const format = await getFormatter();
  const locale = await getLocale();
  const list = parseListParams(params, ACTIVITY_SORTS, "desc");
  const filters = activityFiltersOf(params);
  const [options, { rows, total, more, indicatorTotal }] = await Promise.all([
    getActivityFilterOptions(db),
    listActivities(db, user, { ...list, ...filters, after: activityCursorParam(params) }),
  ]);
  const indicator = filters.indicator ? options.indicators.find((i) => i.code === filters.indicator) : undefined;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <ActivityFilters params={params} filters={filters} options={options} user={user} sort={list.sort} dir={list.dir} />
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
        <>
          {/* On a phone each activity is a card; from sm up, the sortable table. */}
          <ul className="space-y-2 sm:hidden" data-testid="activity-cards">
            {rows.map((a) => (
              <li key={a.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">
                  {a.title}
                </Link>
                <p className="mt-1 text-xs text-stone-500">
                  {format.dateTime(a.date, { dateStyle: "long" })} · {ta(a.area)}
                </p>
                <p className="text-xs text-stone-500">
                  {a.pairing.unit.name} · {a.pairing.village.township.name}
                  {a.pairing.village.name}
                </p>
                <p className="mt-1.5 flex flex-wrap items-center gap-1">
                  <ActivityStatusBadge status={a.status} />
                  {isReported(a.status) && <ConfirmationBadge confirmation={a.confirmation} />}
                  {a.correctedAt && <Badge tone="sky">{t("corrected")}</Badge>}
                  {a._count.evidenceWarnings > 0 && <Badge tone="amber">{te("badge", { count: a._count.evidenceWarnings })}</Badge>}
                  {indicator && (
                    <span className="ml-auto text-sm font-medium tabular-nums">
                      {indicatorValueText(indicator, (a.values || []).reduce((sum, v) => sum + v.value, 0), locale)}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table
              caption={t("title")}
              head={
                <>
                  <Th>{t("fields.title")}</Th>
                  <SortHeader label={t("fields.date")} sortKey="date" {...sortProps} />
                  <Th>{t("fields.pairing")}</Th>
                  <Th>{t("fields.area")}</Th>
                  <Th>{t("fields.statusLabel")}</Th>
                  {indicator && <Th className="px-3 py-2 text-right font-medium">{indicatorLabel(indicator, locale)}</Th>}
                  <SortHeader label={t("fields.submittedAt")} sortKey="submittedAt" {...sortProps} />
                </>
              }
            >
              {rows.map((a) => (
                <tr key={a.id} className="hover:bg-stone-50">
                  <Td className="px-3 py-2 align-top min-w-40">
                    <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">
                      {a.title}
                    </Link>
                    {a.correctedAt && (
                      <span className="ml-2">
                        <Badge tone="sky">{t("corrected")}</Badge>
                      </span>
                    )}
                  </Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{format.dateTime(a.date, { dateStyle: "long" })}</Td>
                  <Td className="px-3 py-2 align-top min-w-40">
                    {a.pairing.unit.name}
                    <span className="block text-xs text-stone-500">
                      {a.pairing.village.township.name}
                      {a.pairing.village.name}
                    </span>
                  </Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{ta(a.area)}</Td>
                  <Td className="px-3 py-2 align-top">
                    <span className="flex flex-wrap gap-1">
                      <ActivityStatusBadge status={a.status} />
                      {isReported(a.status) && <ConfirmationBadge confirmation={a.confirmation} />}
                      {a._count.evidenceWarnings > 0 && <Badge tone="amber">{te("badge", { count: a._count.evidenceWarnings })}</Badge>}
                    </span>
                  </Td>
                  {indicator && (
                    <Td className="px-3 py-2 text-right align-top tabular-nums whitespace-nowrap">
                      {indicatorValueText(indicator, (a.values || []).reduce((sum, v) => sum + v.value, 0), locale)}
                    </Td>
                  )}
                  <Td className="px-3 py-2 align-top whitespace-nowrap text-stone-600">{a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: "medium" }) : "—"}</Td>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
      <Pagination params={params} page={list.page} total={total} more={more} after={activityCursorAfter(list, rows)} />
    </>
  );
}
