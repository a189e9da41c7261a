import { townshipsInScope } from "@/domain/visibility";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td, Th } from "@/components/ui/table";
import { first, parseListParams, type SearchParams } from "@/lib/list-params";
import { CONFIRMATIONS } from "@/domain/countersign";
import { isPledgeOverdue } from "@/domain/overdue";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { ConfirmationBadge } from "@/features/countersign";
import { pairingChoices } from "@/features/pairings";
import { townshipOptions } from "@/features/townships";
import { listPledges, pledgeFiltersOf, PLEDGE_SORTS } from "../queries";
import { PLEDGE_STATUSES } from "../schemas";
import { PledgeStatusBadges } from "./pledge-badges";

export async function PledgesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("pledges");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const list = parseListParams(params, PLEDGE_SORTS, "desc");
  const filters = pledgeFiltersOf(params);
  const [townships, pairings, { rows, total }] = await Promise.all([townshipOptions(db, townshipsInScope(user)), pairingChoices(db, user), listPledges(db, user, { ...list, ...filters })]);
  const moreFilters = [filters.townshipId, filters.confirmation, filters.review, filters.from, filters.to].some((v) => v !== undefined);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const sortProps = { params, sort: list.sort, dir: list.dir };
  const now = new Date();

  return (
    <>
      <FilterBar resetHref="/pledges">
        <FilterSelect label={t("fields.statusLabel")} name="status" value={filters.status} options={PLEDGE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} className="w-full sm:w-32" />
        <SelectField label={t("fields.due")} name="due" defaultValue={filters.due ?? ""} className="w-full sm:w-52">
          <option value="">{tc("filters.all")}</option>
          <option value="overdue">{t("due.overdue")}</option>
          <option value="soon">{t("due.soon")}</option>
        </SelectField>
        <FilterSelect label={t("fields.pairing")} name="pairing" value={filters.pairingId} options={pairings.map((p) => ({ value: p.id, label: p.label }))} className="w-full sm:w-64" />
        <details className="w-full" open={moreFilters}>
          <summary className="cursor-pointer text-sm text-brand-700">{t("filters.more")}</summary>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <FilterSelect label={t("fields.township")} name="township" value={filters.townshipId} options={townships.map((x) => ({ value: x.id, label: x.name }))} className="w-full sm:w-32" />
            <FilterSelect label={t("fields.confirmationLabel")} name="confirmation" value={filters.confirmation} options={CONFIRMATIONS.map((c) => ({ value: c, label: t(`confirmation.${c}`) }))} className="w-full sm:w-32" />
            <FilterSelect label={t("filters.reviewLabel")} name="review" value={filters.review} options={[{ value: "pending", label: t("filters.reviewPending") }]} className="w-full sm:w-40" />
            <TextField label={t("fields.from")} name="from" type="date" defaultValue={filters.from ?? ""} className="w-full sm:w-40" />
            <TextField label={t("fields.to")} name="to" type="date" defaultValue={filters.to ?? ""} className="w-full sm:w-40" />
          </div>
        </details>
        {first(params.sort) && <input type="hidden" name="sort" value={list.sort} />}
        {first(params.dir) && <input type="hidden" name="dir" value={list.dir} />}
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={filtered ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <>
          {/* On a phone each pledge is a card; from sm up, the sortable table. */}
          <ul className="space-y-2 sm:hidden" data-testid="pledge-cards">
            {rows.map((p) => (
              <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <Link href={`/pledges/${p.id}`} className="line-clamp-3 font-medium text-brand-700 hover:underline">
                  {p.content}
                </Link>
                <p className="mt-1 text-xs text-stone-500">
                  {p.pledgerName} · {t("fields.dueDate")} {format.dateTime(p.dueDate, { dateStyle: "long" })}
                </p>
                <p className="text-xs text-stone-500">
                  {p.pairing.unit.name} · {p.pairing.village.township.name}
                  {p.pairing.village.name}
                </p>
                <p className="mt-1.5 flex flex-wrap items-center gap-1">
                  <PledgeStatusBadges status={p.status} overdue={isPledgeOverdue(p, now)} />
                  {p.status === "FULFILLED" && <ConfirmationBadge confirmation={p.confirmation} namespace="pledges" />}
                  {p.review && <span className="ml-auto text-xs text-stone-600">{t("reviewValue", { rating: t(`ratings.${p.review.rating}`) })}</span>}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table
              caption={t("title")}
              head={
                <>
                  <Th>{t("fields.content")}</Th>
                  <Th>{t("fields.pledgerName")}</Th>
                  <Th>{t("fields.pairing")}</Th>
                  <SortHeader label={t("fields.dueDate")} sortKey="dueDate" {...sortProps} />
                  <Th>{t("fields.statusLabel")}</Th>
                  <SortHeader label={t("fields.fulfilledAt")} sortKey="fulfilledAt" {...sortProps} />
                  <Th>{t("fields.review")}</Th>
                </>
              }
            >
              {rows.map((p) => (
                <tr key={p.id} className="hover:bg-stone-50">
                  <Td className="px-3 py-2 align-top min-w-48">
                    <Link href={`/pledges/${p.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">
                      {p.content}
                    </Link>
                  </Td>
                  <Td className="px-3 py-2 align-top min-w-24">
                    {p.pledgerName}
                    <span className="block text-xs text-stone-500">{t(`pledgerKinds.${p.pledgerKind}`)}</span>
                  </Td>
                  <Td className="px-3 py-2 align-top min-w-40">
                    {p.pairing.unit.name}
                    <span className="block text-xs text-stone-500">
                      {p.pairing.village.township.name}
                      {p.pairing.village.name}
                    </span>
                  </Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{format.dateTime(p.dueDate, { dateStyle: "long" })}</Td>
                  <Td className="px-3 py-2 align-top">
                    <span className="flex flex-wrap gap-1">
                      <PledgeStatusBadges status={p.status} overdue={isPledgeOverdue(p, now)} />
                      {p.status === "FULFILLED" && <ConfirmationBadge confirmation={p.confirmation} namespace="pledges" />}
                    </span>
                  </Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{p.fulfilledAt ? format.dateTime(p.fulfilledAt, { dateStyle: "long" }) : "—"}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap">{p.review ? t(`ratings.${p.review.rating}`) : "—"}</Td>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
