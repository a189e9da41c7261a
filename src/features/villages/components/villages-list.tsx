import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { townshipOptions } from "@/features/townships";
import type { SearchParams } from "@/lib/list-params";
import { seesAllPairings, townshipsInScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { readDb } from "@/server/read-db";
import { listVillages, villageListQuery } from "../queries";

const nowrap = "whitespace-nowrap";
const numeric = "tabular-nums";

export async function VillagesList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const db = await readDb();
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
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(village) => village.id}
          testId="village"
          sort={sortProps}
          columns={[
            {
              header: t("fields.name"),
              sortKey: "name",
              cell: (village) => (
                <Link href={`/villages/${village.id}`} className="font-medium text-brand-700 hover:underline">
                  {village.name}
                </Link>
              ),
              className: nowrap,
              card: "title",
            },
            { header: t("fields.township"), sortKey: "township", cell: (village) => village.township.name, className: nowrap, card: "meta" },
            {
              header: t("pairedUnits"),
              cell: (village) => (village.pairings.length > 0 ? village.pairings.map((p) => p.unit.name).join("、") : seesAll ? <Badge tone="amber">{t("unpaired")}</Badge> : "—"),
            },
            { header: t("fields.secretary"), cell: (village) => village.secretary || "—", className: nowrap },
            { header: t("fields.households"), sortKey: "households", cell: (village) => village.households ?? "—", className: numeric },
            { header: t("fields.population"), sortKey: "population", cell: (village) => village.population ?? "—", className: numeric },
            { header: t("fields.memberCount"), sortKey: "memberCount", cell: (village) => village.memberCount ?? "—", className: numeric },
            { header: t("fields.poorHouseholds"), sortKey: "poorHouseholds", cell: (village) => village.poorHouseholds ?? "—", className: numeric },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
