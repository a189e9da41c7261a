import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { changeSet } from "@/lib/change-set";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { auditEntities, auditListQuery, listAuditEntries } from "../queries";

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function AuditLog({ params }: { params: SearchParams }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  // A day that does not exist (2011-02-30) is ignored, and the field shows it is.
  const query = auditListQuery(params);
  const { page, entity, username, from, to } = query;
  const [entities, { rows, total }] = await Promise.all([auditEntities(db), listAuditEntries(db, query)]);

  return (
    <>
      <FilterBar resetHref="/audit">
        <FilterSelect label={t("entity")} name="entity" value={entity} options={entities.map((e) => ({ value: e, label: e }))} className="w-44" />
        <TextField label={t("user")} name="user" defaultValue={username} className="w-40" />
        <TextField label={t("from")} name="from" type="date" defaultValue={from} className="w-40" />
        <TextField label={t("to")} name="to" type="date" defaultValue={to} className="w-40" />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table
          caption={t("title")}
          head={
            <>
              <Th>{t("at")}</Th>
              <Th>{t("user")}</Th>
              <Th>{t("action")}</Th>
              <Th>{t("record")}</Th>
              <Th>{t("changes")}</Th>
            </>
          }
        >
          {rows.map((row) => {
            const changes = changeSet(row.before, row.after);
            return (
              <tr key={row.id}>
                <Td className="px-3 py-2 whitespace-nowrap tabular-nums">{format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}</Td>
                <Td>{row.user ? `${row.user.displayName} (${row.user.username})` : t("system")}</Td>
                <Td className="px-3 py-2 font-mono text-xs">{row.action}</Td>
                <Td className="px-3 py-2 whitespace-nowrap">
                  {row.entity} #{row.entityId}
                </Td>
                <Td>
                  {changes.length === 0 ? (
                    "—"
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-brand-700">{t("changedFields", { count: changes.length })}</summary>
                      <dl className="mt-1 space-y-1 text-xs">
                        {changes.map((c) => (
                          <div key={c.field} className="break-all">
                            <dt className="font-medium">{c.field}</dt>
                            <dd>
                              <span className="text-red-700 line-through">{show(c.before)}</span> → <span className="text-green-800">{show(c.after)}</span>
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  )}
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
