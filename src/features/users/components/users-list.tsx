import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Table, Td, Th } from "@/components/ui/table";
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
        <>
          <ul className="grid gap-2 md:hidden" data-testid="user-cards">
            {rows.map((u) => (
              <li key={u.id}>
                <Link href={`/users/${u.id}`} className="block rounded-lg border border-stone-200 bg-white p-3 hover:border-brand-600">
                  <span className="flex items-center justify-between gap-2">
                    <span className="font-medium text-stone-900">
                      {u.displayName} <span className="font-normal text-stone-500">{u.username}</span>
                    </span>
                    {state(u)}
                  </span>
                  <span className="mt-1 block text-sm text-stone-600">
                    {[tc(`roles.${u.role}`), u.region?.name, u.unit?.name, u.village && `${u.village.township.name} ${u.village.name}`].filter(Boolean).join(" · ")}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <Table
              caption={t("title")}
              head={
                <>
                  <SortHeader label={t("fields.username")} sortKey="username" {...sortProps} />
                  <SortHeader label={t("fields.displayName")} sortKey="displayName" {...sortProps} />
                  <SortHeader label={t("fields.role")} sortKey="role" {...sortProps} />
                  <Th>{t("fields.scope")}</Th>
                  <Th>{t("fields.status")}</Th>
                  <SortHeader label={t("fields.lastLoginAt")} sortKey="lastLoginAt" {...sortProps} />
                </>
              }
            >
              {rows.map((u) => (
                <tr key={u.id} className="hover:bg-stone-50">
                  <Td>
                    <Link href={`/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                      {u.username}
                    </Link>
                  </Td>
                  <Td>{u.displayName}</Td>
                  <Td>{tc(`roles.${u.role}`)}</Td>
                  <Td>{scope(u)}</Td>
                  <Td>{state(u)}</Td>
                  <Td className="px-3 py-2 align-top whitespace-nowrap text-stone-600">
                    {u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "long", timeStyle: "short" }) : t("neverLoggedIn")}
                  </Td>
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
