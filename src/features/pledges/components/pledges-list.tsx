import { townshipsInScope } from "@/domain/visibility";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { first, parseListParams, type SearchParams } from "@/lib/list-params";
import { CONFIRMATIONS } from "@/domain/countersign";
import { isPledgeOverdue } from "@/domain/overdue";
import type { CurrentUser } from "@/server/current-user";
import { readDb } from "@/server/read-db";
import { ConfirmationBadge } from "@/features/countersign";
import { listCampaigns } from "@/features/campaigns";
import { PairingFilter } from "@/features/pairings";
import { townshipOptions } from "@/features/townships";
import { listPledges, pledgeFiltersOf, PLEDGE_SORTS } from "../queries";
import { PLEDGE_STATUSES } from "../schemas";
import { PledgeStatusBadges } from "./pledge-badges";

const nowrap = "whitespace-nowrap";

export async function PledgesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const db = await readDb();
  const t = await getTranslations("pledges");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const list = parseListParams(params, PLEDGE_SORTS, "desc");
  const filters = pledgeFiltersOf(params);
  const [townships, campaigns, { rows, total }] = await Promise.all([townshipOptions(db, townshipsInScope(user)), listCampaigns(db, user), listPledges(db, user, { ...list, ...filters })]);
  const moreFilters = [filters.townshipId, filters.confirmation, filters.review, filters.from, filters.to].some((v) => v !== undefined);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const sortProps = { params, sort: list.sort, dir: list.dir };
  const now = new Date();

  return (
    <>
      <FilterBar resetHref="/pledges">
        <FilterSelect label={t("fields.campaign")} name="campaign" value={filters.campaignId} options={campaigns.map((c) => ({ value: c.id, label: c.name }))} className="w-full sm:w-44" />
        <FilterSelect label={t("fields.statusLabel")} name="status" value={filters.status} options={PLEDGE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} className="w-full sm:w-32" />
        <SelectField label={t("fields.due")} name="due" defaultValue={filters.due ?? ""} className="w-full sm:w-52">
          <option value="">{tc("filters.all")}</option>
          <option value="overdue">{t("due.overdue")}</option>
          <option value="soon">{t("due.soon")}</option>
        </SelectField>
        <PairingFilter user={user} label={t("fields.pairing")} value={filters.pairingId} className="w-full sm:w-64" />
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
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(p) => p.id}
          testId="pledge"
          sort={sortProps}
          columns={[
            {
              header: t("fields.content"),
              cell: (p) => (
                <Link href={`/pledges/${p.id}`} className="line-clamp-2 font-medium text-brand-700 hover:underline">
                  {p.content}
                </Link>
              ),
              className: "min-w-48",
              card: "title",
            },
            {
              header: t("fields.pledgerName"),
              cell: (p) => (
                <>
                  {p.pledgerName}
                  <span className="block text-xs text-stone-500">{t(`pledgerKinds.${p.pledgerKind}`)}</span>
                </>
              ),
              className: "min-w-24",
            },
            {
              header: t("fields.pairing"),
              cell: (p) => (
                <>
                  {p.pairing.unit.name}
                  <span className="block text-xs text-stone-500">
                    {p.pairing.village.township.name}
                    {p.pairing.village.name}
                  </span>
                </>
              ),
              className: "min-w-40",
            },
            { header: t("fields.dueDate"), sortKey: "dueDate", cell: (p) => format.dateTime(p.dueDate, { dateStyle: "long" }), className: nowrap },
            {
              header: t("fields.statusLabel"),
              cell: (p) => (
                <span className="flex flex-wrap gap-1">
                  <PledgeStatusBadges status={p.status} overdue={isPledgeOverdue(p, now)} />
                  {p.status === "FULFILLED" && <ConfirmationBadge confirmation={p.confirmation} namespace="pledges" />}
                </span>
              ),
              card: "badges",
            },
            { header: t("fields.fulfilledAt"), sortKey: "fulfilledAt", cell: (p) => (p.fulfilledAt ? format.dateTime(p.fulfilledAt, { dateStyle: "long" }) : "—"), className: nowrap },
            { header: t("fields.review"), cell: (p) => (p.review ? t(`ratings.${p.review.rating}`) : "—"), className: nowrap },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
