import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td, Th } from "@/components/ui/table";
import { first, type SearchParams } from "@/lib/list-params";
import { seesAllPairings } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { listUnits, unitListQuery } from "../queries";
import { UNIT_KINDS } from "../schemas";

export async function UnitsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
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
        <Table
          caption={t("title")}
          head={
            <>
              <SortHeader label={t("fields.name")} sortKey="name" {...sortProps} />
              <SortHeader label={t("fields.kind")} sortKey="kind" {...sortProps} />
              <Th>{t("fields.secretary")}</Th>
              <SortHeader label={t("fields.memberCount")} sortKey="memberCount" {...sortProps} />
              <Th>{t("pairingCount")}</Th>
            </>
          }
        >
          {rows.map((unit) => (
            <tr key={unit.id} className="hover:bg-stone-50">
              <Td>
                <Link href={`/units/${unit.id}`} className="font-medium text-brand-700 hover:underline">
                  {unit.name}
                </Link>
                {unit.isWindowService && (
                  <span className="ml-2">
                    <Badge tone="sky">{t("windowBadge")}</Badge>
                  </span>
                )}
              </Td>
              <Td>{t(`kinds.${unit.kind}`)}</Td>
              <Td>{unit.secretary || "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{unit.memberCount ?? "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">{unit._count.pairings === 0 && !seesAllPairings(user) ? "—" : unit._count.pairings}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
