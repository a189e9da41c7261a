import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { first, type SearchParams } from "@/lib/list-params";
import { seesAllPairings } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { readDb } from "@/server/read-db";
import { listUnits, unitListQuery } from "../queries";
import { UNIT_KINDS } from "../schemas";

export async function UnitsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const db = await readDb();
  const t = await getTranslations("units");
  const tc = await getTranslations("common");
  const list = unitListQuery(params, user);
  const { kind, window: windowFlag } = list;
  const { rows, total } = await listUnits(db, list);
  const sortProps = { params, sort: list.sort, dir: list.dir };

  return (
    <>
      <FilterBar resetHref="/units">
        <TextField label={tc("filters.search")} name="q" defaultValue={list.q} placeholder={t("searchPlaceholder")} className="min-w-48 flex-1" />
        <FilterSelect label={t("fields.kind")} name="kind" value={kind} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} className="w-40" />
        <SelectField label={t("fields.isWindowService")} name="window" defaultValue={first(params.window) ?? ""} className="w-40">
          <option value="">{tc("filters.all")}</option>
          <option value="yes">{tc("yes")}</option>
          <option value="no">{tc("no")}</option>
        </SelectField>
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={list.q || kind || windowFlag !== undefined ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(unit) => unit.id}
          testId="unit"
          sort={sortProps}
          columns={[
            {
              header: t("fields.name"),
              sortKey: "name",
              cell: (unit) => (
                <>
                  <Link href={`/units/${unit.id}`} className="font-medium text-brand-700 hover:underline">
                    {unit.name}
                  </Link>
                  {unit.isWindowService && (
                    <span className="ml-2">
                      <Badge tone="sky">{t("windowBadge")}</Badge>
                    </span>
                  )}
                </>
              ),
              card: "title",
            },
            { header: t("fields.kind"), sortKey: "kind", cell: (unit) => t(`kinds.${unit.kind}`), card: "meta" },
            { header: t("fields.secretary"), cell: (unit) => unit.secretary || "—" },
            { header: t("fields.memberCount"), sortKey: "memberCount", cell: (unit) => unit.memberCount ?? "—", className: "tabular-nums" },
            { header: t("pairingCount"), cell: (unit) => (unit._count.pairings === 0 && !seesAllPairings(user) ? "—" : unit._count.pairings), className: "tabular-nums" },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
