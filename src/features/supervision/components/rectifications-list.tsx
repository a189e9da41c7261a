import { townshipsInScope } from "@/domain/visibility";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { rectificationDaysOverdue } from "@/domain/overdue";
import { RECTIFICATION_STATUSES } from "@/domain/rectification";
import { pageRequest, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { townshipOptions } from "@/features/townships";
import { DUE_FILTERS, listRectifications, rectificationFiltersOf } from "../queries-rectifications";
import { RectificationBadges } from "./badges";

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
        <>
          <ul className="space-y-2 sm:hidden" data-testid="rectification-cards">
            {rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <Link href={`/supervision/rectifications/${r.id}`} className="line-clamp-3 font-medium text-brand-700 hover:underline">
                  {r.description}
                </Link>
                <p className="mt-1 text-xs text-stone-500">
                  {r.pairing?.unit.name} · {pairingText(r.pairing)}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-stone-500">
                  {t("rectifications.dueOn", { date: date(r.dueDate) })}
                  <RectificationBadges status={r.status} returned={Boolean(r.returnReason)} daysOverdue={rectificationDaysOverdue(r, now)} />
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table
              caption={t("tabs.rectifications")}
              head={
                <>
                  <Th>{t("fields.description")}</Th>
                  <Th>{t("fields.unit")}</Th>
                  <Th>{t("fields.pairing")}</Th>
                  <Th>{t("fields.inspection")}</Th>
                  <Th>{t("fields.dueDate")}</Th>
                  <Th>{t("fields.status")}</Th>
                </>
              }
            >
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-stone-50" data-testid="rectification-row">
                  <Td className="px-3 py-2 align-top min-w-56">
                    <Link href={`/supervision/rectifications/${r.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">
                      {r.description}
                    </Link>
                  </Td>
                  <Td className="px-3 py-2 align-top min-w-28">{r.pairing?.unit.name ?? "—"}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{pairingText(r.pairing)}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">
                    {date(r.inspection.date)}
                    <span className="block text-xs text-stone-500">{t(`kinds.${r.inspection.kind}`)}</span>
                  </Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{date(r.dueDate)}</Td>
                  <Td className="px-3 py-2 align-top">
                    <RectificationBadges status={r.status} returned={Boolean(r.returnReason)} daysOverdue={rectificationDaysOverdue(r, now)} />
                  </Td>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
