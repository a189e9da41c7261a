import { townshipsInScope } from "@/domain/visibility";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { rectificationDaysOverdue } from "@/domain/overdue";
import { RECTIFICATION_STATUSES } from "@/domain/rectification";
import { pageRequest, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { townshipOptions } from "@/features/townships";
import { DUE_FILTERS, listRectifications, rectificationFiltersOf } from "../queries-rectifications";
import { RectificationBadges } from "./badges";

const nowrap = "whitespace-nowrap";

export async function RectificationsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const filters = rectificationFiltersOf(params);
  const { page, size } = pageRequest(params);
  const [townships, { rows, total }] = await Promise.all([townshipOptions(db, townshipsInScope(user)), listRectifications(db, user, { ...filters, page, size })]);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const unitName = filters.unitId ? rows[0]?.pairing?.unit.name : undefined;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const now = new Date();
  const pairingText = (p: (typeof rows)[number]["pairing"]) => (p ? `${p.village.township.name}${p.village.name}` : "—");

  return (
    <>
      <FilterBar resetHref="/supervision/rectifications">
        <FilterSelect label={t("fields.status")} name="status" value={filters.status} options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} className="w-full sm:w-40" />
        <FilterSelect label={t("fields.due")} name="due" value={filters.due} options={DUE_FILTERS.map((d) => ({ value: d, label: t(`due.${d}`) }))} className="w-full sm:w-32" />
        {user.role !== "LIAISON" && (
          <FilterSelect label={t("fields.township")} name="township" value={filters.townshipId} options={townships.map((x) => ({ value: x.id, label: x.name }))} className="w-full sm:w-32" />
        )}
        {filters.unitId && <input type="hidden" name="unit" value={filters.unitId} />}
        {unitName && <p className="w-full text-sm text-stone-600 sm:w-auto">{t("fields.unit")}：{unitName}</p>}
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={filtered ? tc("emptyFiltered") : user.role === "LIAISON" ? t("rectifications.emptyLiaison") : t("rectifications.empty")} />
      ) : (
        <DataList
          caption={t("tabs.rectifications")}
          rows={rows}
          rowKey={(r) => r.id}
          testId="rectification"
          columns={[
            {
              header: t("fields.description"),
              cell: (r) => (
                <Link href={`/supervision/rectifications/${r.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">
                  {r.description}
                </Link>
              ),
              className: "min-w-56",
              card: "title",
            },
            { header: t("fields.unit"), cell: (r) => r.pairing?.unit.name ?? "—", className: "min-w-28" },
            { header: t("fields.pairing"), cell: (r) => pairingText(r.pairing), className: nowrap },
            {
              header: t("fields.inspection"),
              cell: (r) => (
                <>
                  {date(r.inspection.date)}
                  <span className="block text-xs text-stone-500">{t(`kinds.${r.inspection.kind}`)}</span>
                </>
              ),
              className: nowrap,
              card: "none",
            },
            { header: t("fields.dueDate"), cell: (r) => date(r.dueDate), className: nowrap },
            {
              header: t("fields.status"),
              cell: (r) => <RectificationBadges status={r.status} returned={Boolean(r.returnReason)} daysOverdue={rectificationDaysOverdue(r, now)} />,
              card: "badges",
            },
          ]}
        />
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
