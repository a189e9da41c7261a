import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ListEmptyState, Pagination } from "@/components/ui/pagination";
import { AUDIT_TABS } from "@/domain/audit-events";
import { changeSet } from "@/lib/change-set";
import { cn } from "@/lib/cn";
import { type SearchParams, withParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { auditFilterChoices, auditListQuery, auditRecordNames, listAuditEntries } from "../queries";
import { AuditChanges } from "./audit-changes";
import { recordHref, snapshotName } from "./record-links";

export async function AuditLog({ params }: { params: SearchParams }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const locale = await getLocale();
  // A day that does not exist (2011-02-30) is ignored, and the field shows it is.
  const query = auditListQuery(params);
  const { page, tab, entity, entityId, action, userId, from, to } = query;
  const [choices, { rows, total }] = await Promise.all([auditFilterChoices(db, tab), listAuditEntries(db, query)]);
  const names = await auditRecordNames(db, [...rows, ...(entity && entityId ? [{ entity, entityId }] : [])], locale);
  const nameOf = (row: { entity: string; entityId: string; before?: string | null; after?: string | null }) =>
    names.get(`${row.entity}:${row.entityId}`) ?? snapshotName(row.after ?? null) ?? snapshotName(row.before ?? null) ?? t("unnamed", { id: row.entityId });
  const entityLabel = (e: string) => (t.has(`entities.${e}`) ? t(`entities.${e}`) : e);
  const actionLabel = (a: string) => (a.includes(".") && t.has(`actions.${a}`) ? t(`actions.${a}`) : t("unknownAction", { action: a }));

  return (
    <>
      <nav aria-label={t("tabsLabel")} className="mb-3 flex gap-1 border-b border-stone-200">
        {AUDIT_TABS.map((key) => (
          <Link
            key={key}
            href={`/audit?tab=${key}`}
            aria-current={key === tab ? "page" : undefined}
            data-testid={`audit-tab-${key}`}
            className={cn("-mb-px border-b-2 px-3 py-2 text-sm", key === tab ? "border-brand-700 font-medium text-brand-700" : "border-transparent text-stone-600 hover:text-stone-900")}
          >
            {t(`tabs.${key}`)}
          </Link>
        ))}
      </nav>
      {entity && entityId && (
        <p className="mb-3 text-sm text-stone-700" data-testid="audit-record-filter">
          {t("recordFilterNotice", { type: entityLabel(entity), name: nameOf({ entity, entityId }) })}{" "}
          <Link href={`/audit${withParams(params, { entity: undefined, id: undefined, page: undefined })}`} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
            {t("showAll")}
          </Link>
        </p>
      )}
      <FilterBar resetHref={`/audit?tab=${tab}`}>
        <input type="hidden" name="tab" value={tab} />
        {entity && entityId && <input type="hidden" name="id" value={entityId} />}
        <FilterSelect label={t("person")} name="user" value={userId} options={choices.people.map((p) => ({ value: p.id, label: `${p.displayName}（${p.username}）` }))} className="w-48" />
        <FilterSelect label={t("entity")} name="entity" value={entity} options={choices.entities.map((e) => ({ value: e, label: entityLabel(e) }))} className="w-40" />
        <FilterSelect label={t("actionFilter")} name="action" value={action} options={choices.actions.map((a) => ({ value: a, label: actionLabel(a) }))} className="w-56" />
        <TextField label={t("from")} name="from" type="date" defaultValue={from} className="w-40" />
        <TextField label={t("to")} name="to" type="date" defaultValue={to} className="w-40" />
      </FilterBar>
      {rows.length === 0 ? (
        <ListEmptyState title={t("empty")} total={total} params={params} />
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="audit-entries">
          {rows.map((row) => {
            const href = recordHref(row.entity, row.entityId);
            // Sign-ins, settings, one's own password and the demo seed name no record of their own.
            const showsRecord = !/^(auth|security|seed)\./.test(row.action) && row.entity !== "EvidenceSettings" && row.action !== "account.changePassword";
            const name = nameOf(row);
            return (
              <li key={row.id} className="space-y-1 px-4 py-3 text-sm" data-testid="audit-entry">
                <p className="text-xs text-stone-600 tabular-nums">
                  <time dateTime={row.at.toISOString()}>{format.dateTime(row.at, { dateStyle: "long", timeStyle: "medium" })}</time>
                </p>
                <p className="text-stone-900">
                  <span className="font-medium">{row.user ? `${row.user.displayName}（${row.user.username}）` : t("system")}</span> {actionLabel(row.action)}
                  {showsRecord && (
                    <>
                      {" "}
                      {href ? (
                        <Link href={href} className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700">
                          “{name}”
                        </Link>
                      ) : (
                        <span>“{name}”</span>
                      )}
                    </>
                  )}
                </p>
                <AuditChanges changes={changeSet(row.before, row.after)} />
              </li>
            );
          })}
        </ol>
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
