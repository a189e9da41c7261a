import { townshipsInScope } from "@/domain/visibility";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { listCampaigns } from "@/features/campaigns";
import { townshipOptions } from "@/features/townships";
import { UNIT_KINDS } from "@/features/units";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { readDb } from "@/server/read-db";
import { fromShanghaiDay } from "@/lib/dates";
import { listPairings, pairingListQuery } from "../queries";
import { PAIRING_STATUSES } from "../schemas";

const nowrap = "whitespace-nowrap";

/** Every pairing the user may see, with filters: the organization department's and leaders' view. */
export async function PairingsList({ user, params }: { user: CurrentUser; params: SearchParams }) {
  const db = await readDb();
  const t = await getTranslations("pairings");
  const tu = await getTranslations("units");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const list = pairingListQuery(params);
  const { campaignId, townshipId, status, unitKind } = list;
  const [{ rows, total }, townships, campaigns] = await Promise.all([listPairings(db, user, list), townshipOptions(db, townshipsInScope(user)), listCampaigns(db, user)]);
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <FilterBar resetHref="/pairings">
        <TextField label={tc("filters.search")} name="q" defaultValue={list.q} placeholder={t("searchPlaceholder")} className="min-w-48 flex-1" />
        <FilterSelect label={t("fields.campaignId")} name="campaign" value={campaignId} options={campaigns.map((c) => ({ value: c.id, label: c.name }))} className="w-44" />
        <FilterSelect label={t("fields.township")} name="townshipId" value={townshipId} options={townships.map((township) => ({ value: township.id, label: township.name }))} className="w-36" />
        <FilterSelect label={t("fields.status")} name="status" value={status} options={PAIRING_STATUSES.map((s) => ({ value: s, label: tc(`pairingStatus.${s}`) }))} className="w-32" />
        <FilterSelect label={t("fields.unitKind")} name="unitKind" value={unitKind} options={UNIT_KINDS.map((k) => ({ value: k, label: tu(`kinds.${k}`) }))} className="w-32" />
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={list.q || campaignId || townshipId || status || unitKind ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <>
          <DataList
            caption={t("title")}
            rows={rows}
            rowKey={(p) => p.id}
            testId="pairing"
            sort={sortProps}
            breakpoint="md"
            columns={[
              {
                header: t("fields.unit"),
                sortKey: "unit",
                cell: (p) => (
                  <Link href={`/pairings/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.unit.name}
                  </Link>
                ),
                cardCell: (p) => (
                  <Link href={`/pairings/${p.id}`} className="text-brand-700 hover:underline">
                    {p.unit.name}
                    <span className="mx-1 text-stone-400" aria-hidden>
                      ⇄
                    </span>
                    <span className="sr-only">{t("pairedWith")}</span>
                    {p.village.name}
                  </Link>
                ),
                card: "title",
              },
              { header: t("fields.village"), sortKey: "village", cell: (p) => p.village.name, className: nowrap, card: "none" },
              { header: t("fields.township"), sortKey: "township", cell: (p) => p.village.township.name, className: nowrap, card: "meta" },
              { header: t("fields.startDate"), sortKey: "startDate", cell: (p) => format.dateTime(p.startDate, { dateStyle: "long" }), className: nowrap },
              { header: t("fields.status"), sortKey: "status", cell: (p) => <Badge tone={p.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${p.status}`)}</Badge>, card: "badges" },
              { header: t("fields.contactLeader"), cell: (p) => p.contactLeaderName || p.contactLeader?.displayName || "—" },
              {
                header: t("lastVerified"),
                cell: (p) =>
                  p.lastVerifiedAt ? (
                    <>
                      {format.dateTime(p.lastVerifiedAt, { dateStyle: "long" })}
                      <span className={p.dormant ? "block text-xs text-amber-800" : "block text-xs text-stone-500"}>{t("daysSinceLastVerified", { days: p.idleDays ?? 0 })}</span>
                    </>
                  ) : (
                    <span className="text-amber-800">{t("noVerifiedActivity")}</span>
                  ),
                className: nowrap,
              },
            ]}
          />
          <p className="mt-2 text-xs text-stone-500">{t("idleNote", { day: format.dateTime(fromShanghaiDay(rows[0].idleReferenceDay), { dateStyle: "long" }) })}</p>
        </>
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
