import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td } from "@/components/ui/table";
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
        <Table
          caption={t("title")}
          head={
            <>
              <SortHeader label={t("fields.name")} sortKey="name" {...sortProps} />
              <SortHeader label={t("villageCount")} sortKey="villages" {...sortProps} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("activePairings")}
              </th>
              <SortHeader label={t("fields.sortOrder")} sortKey="sortOrder" {...sortProps} />
            </>
          }
        >
          {rows.map((township) => (
            <tr key={township.id} className="hover:bg-stone-50">
              <Td>
                <Link href={`/townships/${township.id}`} className="font-medium text-brand-700 hover:underline">
                  {township.name}
                </Link>
              </Td>
              <Td className="px-3 py-2 tabular-nums">{township._count.villages}</Td>
              <Td className="px-3 py-2 tabular-nums">{township.activePairings === 0 && !seesAll ? "—" : township.activePairings}</Td>
              <Td className="px-3 py-2 tabular-nums text-stone-500">{township.sortOrder}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
