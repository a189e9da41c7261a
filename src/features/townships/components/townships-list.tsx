import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { pairingScope, seesAllPairings } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { listTownships, TOWNSHIP_SORTS } from "../queries";

export async function TownshipsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("townships");
  const tc = await getTranslations("common");
  const list = parseListParams(params, TOWNSHIP_SORTS);
  const seesAll = seesAllPairings(user);
  const { rows, total } = await listTownships(db, { ...list, scope: pairingScope(user) });
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <FilterBar resetHref="/townships">
        <TextField label={tc("filters.search")} name="q" defaultValue={list.q} placeholder={t("searchPlaceholder")} className="min-w-48 flex-1" />
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={list.q ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(township) => township.id}
          sort={sortProps}
          columns={[
            {
              header: t("fields.name"),
              sortKey: "name",
              cell: (township) => (
                <Link href={`/townships/${township.id}`} className="font-medium text-brand-700 hover:underline">
                  {township.name}
                </Link>
              ),
              card: "title",
            },
            { header: t("villageCount"), sortKey: "villages", cell: (township) => township._count.villages, className: "tabular-nums" },
            { header: t("activePairings"), cell: (township) => (township.activePairings === 0 && !seesAll ? "—" : township.activePairings), className: "tabular-nums" },
            { header: t("fields.sortOrder"), sortKey: "sortOrder", cell: (township) => township.sortOrder, className: "tabular-nums text-stone-500" },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
