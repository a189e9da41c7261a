import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td, Th } from "@/components/ui/table";
import { townshipOptions } from "@/features/townships";
import type { SearchParams } from "@/lib/list-params";
import { seesAllPairings, townshipsInScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { listVillages, villageListQuery } from "../queries";

export async function VillagesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("villages");
  const tc = await getTranslations("common");
  const list = villageListQuery(params, user);
  const seesAll = seesAllPairings(user);
  const { townshipId } = list;
  const paired = list.paired === undefined ? undefined : list.paired ? "yes" : "no";
  const [{ rows, total }, townships] = await Promise.all([
    listVillages(db, list),
    townshipOptions(db, townshipsInScope(user)),
  ]);
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <FilterBar resetHref="/villages">
        <TextField label={tc("filters.search")} name="q" defaultValue={list.q} placeholder={t("searchPlaceholder")} className="min-w-48 flex-1" />
        <FilterSelect label={t("fields.township")} name="townshipId" value={townshipId} options={townships.map((township) => ({ value: township.id, label: township.name }))} className="w-40" />
        {seesAll && (
          <SelectField label={t("pairedFilter")} name="paired" defaultValue={paired ?? ""} className="w-40">
          <option value="">{tc("filters.all")}</option>
          <option value="yes">{t("paired")}</option>
          <option value="no">{t("unpaired")}</option>
        </SelectField>
        )}
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={list.q || townshipId || paired ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <Table
          caption={t("title")}
          head={
            <>
              <SortHeader label={t("fields.name")} sortKey="name" {...sortProps} />
              <SortHeader label={t("fields.township")} sortKey="township" {...sortProps} />
              <Th>{t("pairedUnits")}</Th>
              <Th>{t("fields.secretary")}</Th>
              <SortHeader label={t("fields.households")} sortKey="households" {...sortProps} />
              <SortHeader label={t("fields.population")} sortKey="population" {...sortProps} />
              <SortHeader label={t("fields.memberCount")} sortKey="memberCount" {...sortProps} />
              <SortHeader label={t("fields.poorHouseholds")} sortKey="poorHouseholds" {...sortProps} />
            </>
          }
        >
          {rows.map((village) => (
            <tr key={village.id} className="hover:bg-stone-50">
              <Td className="px-3 py-2 align-top whitespace-nowrap">
                <Link href={`/villages/${village.id}`} className="font-medium text-brand-700 hover:underline">
                  {village.name}
                </Link>
              </Td>
              <Td className="px-3 py-2 align-top whitespace-nowrap">{village.township.name}</Td>
              <Td>
                {village.pairings.length > 0 ? village.pairings.map((p) => p.unit.name).join("、") : seesAll ? <Badge tone="amber">{t("unpaired")}</Badge> : "—"}
              </Td>
              <Td className="px-3 py-2 align-top whitespace-nowrap">{village.secretary || "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{village.households ?? "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{village.population ?? "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{village.memberCount ?? "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{village.poorHouseholds ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
