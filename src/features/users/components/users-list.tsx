import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { DataList } from "@/components/ui/data-list";
import { enumParam, parseListParams, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { listUsers, USER_SORTS, type UserRow } from "../queries";
import { ROLES } from "../schemas";

export async function UsersList({ params }: { params: SearchParams }) {
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const list = parseListParams(params, USER_SORTS);
  const role = enumParam(params, "role", ROLES);
  const status = enumParam(params, "status", ["active", "inactive"]);
  const { rows, total } = await listUsers(db, { ...list, role, active: status ? status === "active" : undefined });
  const sortProps = { params, sort: list.sort, dir: list.dir };
  const scope = (u: UserRow) => (u.unit ? u.unit.name : u.village ? `${u.village.township.name} ${u.village.name}` : (u.region?.name ?? "—"));
  const state = (u: UserRow) => <Badge tone={u.active ? "green" : "neutral"}>{u.active ? t("active") : t("inactive")}</Badge>;

  return (
    <>
      <FilterBar resetHref="/users">
        <TextField label={tc("filters.search")} name="q" defaultValue={list.q} placeholder={t("searchPlaceholder")} className="min-w-48 flex-1" />
        <FilterSelect label={t("fields.role")} name="role" value={role} options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} className="w-40" />
        <SelectField label={t("fields.status")} name="status" defaultValue={status ?? ""} className="w-32">
          <option value="">{tc("filters.all")}</option>
          <option value="active">{t("active")}</option>
          <option value="inactive">{t("inactive")}</option>
        </SelectField>
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={list.q || role || status ? tc("emptyFiltered") : t("empty")} total={total} params={params} />
      ) : (
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(u) => u.id}
          testId="user"
          sort={sortProps}
          breakpoint="md"
          columns={[
            {
              header: t("fields.username"),
              sortKey: "username",
              cell: (u) => (
                <Link href={`/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                  {u.username}
                </Link>
              ),
              cardCell: (u) => (
                <Link href={`/users/${u.id}`} className="text-brand-700 hover:underline">
                  {u.displayName} <span className="font-normal text-stone-500">{u.username}</span>
                </Link>
              ),
              card: "title",
            },
            { header: t("fields.displayName"), sortKey: "displayName", cell: (u) => u.displayName, card: "none" },
            { header: t("fields.role"), sortKey: "role", cell: (u) => tc(`roles.${u.role}`) },
            { header: t("fields.scope"), cell: scope },
            { header: t("fields.status"), cell: state, card: "badges" },
            {
              header: t("fields.lastLoginAt"),
              sortKey: "lastLoginAt",
              cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "long", timeStyle: "short" }) : t("neverLoggedIn")),
              className: "whitespace-nowrap text-stone-600",
            },
          ]}
        />
      )}
      <Pagination params={params} page={list.page} total={total} />
    </>
  );
}
