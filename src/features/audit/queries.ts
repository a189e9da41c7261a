import "server-only";
import { type AuditTab, auditTabWhere } from "@/domain/audit-events";
import type { DbOrTx } from "@/server/db";
import { addDays, fromShanghaiDay } from "@/lib/dates";
import { dayParam } from "@/domain/days";
import { parseId } from "@/domain/ids";
import { first, pageSizeParam, pageWindow, parseListParams, type SearchParams } from "@/lib/list-params";

/** `from` and `to`: Shanghai days "YYYY-MM-DD", both inclusive. */
export type AuditQuery = {
  tab: AuditTab;
  entity?: string;
  entityId?: string;
  action?: string;
  userId?: number;
  from?: string;
  to?: string;
  page: number;
  size?: number;
};

/** The log's query string as a query: the page and its export read it alike. A day that does not exist is ignored. */
export function auditListQuery(params: SearchParams): AuditQuery {
  const entity = first(params.entity) || undefined;
  return {
    tab: first(params.tab) === "security" ? "security" : "changes",
    entity,
    entityId: entity ? parseId(first(params.id))?.toString() : undefined,
    action: first(params.action) || undefined,
    userId: parseId(first(params.user)) ?? undefined,
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
    page: parseListParams(params, ["at"]).page,
    size: pageSizeParam(params),
  };
}

/** Newest first, the page's order and its export's. */
export const AUDIT_ORDER = [{ at: "desc" as const }, { id: "desc" as const }];

export function auditWhere(query: Omit<AuditQuery, "page" | "size">) {
  return {
    AND: [
      auditTabWhere(query.tab),
      {
        ...(query.entity ? { entity: query.entity } : {}),
        ...(query.entity && query.entityId ? { entityId: query.entityId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.userId ? { userId: query.userId } : {}),
        ...(query.from || query.to
          ? { at: { ...(query.from ? { gte: fromShanghaiDay(query.from) } : {}), ...(query.to ? { lt: addDays(fromShanghaiDay(query.to), 1) } : {}) } }
          : {}),
      },
    ],
  };
}

export async function listAuditEntries(db: DbOrTx, query: AuditQuery) {
  const where = auditWhere(query);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: AUDIT_ORDER,
      ...pageWindow(query),
      include: { user: { select: { username: true, displayName: true } } },
    }),
    db.auditEntry.count({ where }),
  ]);
  return { rows, total };
}

/** The record types, actions and people present in one tab of the log, for its filters. */
export async function auditFilterChoices(db: DbOrTx, tab: AuditTab) {
  const where = auditTabWhere(tab);
  const [entities, actions, people] = await Promise.all([
    db.auditEntry.findMany({ where, distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditEntry.findMany({ where, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ where: { auditEntries: { some: where } }, select: { id: true, displayName: true, username: true }, orderBy: { username: "asc" } }),
  ]);
  return { entities: entities.map((r) => r.entity), actions: actions.map((r) => r.action), people };
}

type Ref = { entity: string; entityId: string };

/**
 * The records' names as people know them — a unit's name, an activity's title, a pairing's two
 * sides — for the entries on one page (one query per record type present). Records deleted since
 * keep the name their last snapshot held (the caller falls back to it).
 */
export async function auditRecordNames(db: DbOrTx, refs: Ref[], locale: string): Promise<Map<string, string>> {
  const ids = (entity: string) => [...new Set(refs.filter((r) => r.entity === entity).map((r) => Number(r.entityId)).filter(Number.isInteger))];
  const names = new Map<string, string>();
  const put = (entity: string, rows: { id: number; name: string }[]) => rows.forEach((r) => names.set(`${entity}:${r.id}`, r.name));
  const lookups: Promise<void>[] = [];
  const want = (entity: string, load: (list: number[]) => Promise<{ id: number; name: string }[]>) => {
    const list = ids(entity);
    if (list.length > 0) lookups.push(load(list).then((rows) => put(entity, rows)));
  };
  want("Unit", (list) => db.unit.findMany({ where: { id: { in: list } }, select: { id: true, name: true } }));
  want("Township", (list) => db.township.findMany({ where: { id: { in: list } }, select: { id: true, name: true } }));
  want("Village", async (list) =>
    (await db.village.findMany({ where: { id: { in: list } }, select: { id: true, name: true, township: { select: { name: true } } } })).map((v) => ({ id: v.id, name: `${v.township.name}${v.name}` })),
  );
  want("Pairing", async (list) =>
    (await db.pairing.findMany({ where: { id: { in: list } }, select: { id: true, unit: { select: { name: true } }, village: { select: { name: true } } } })).map((p) => ({
      id: p.id,
      name: `${p.unit.name} ⇄ ${p.village.name}`,
    })),
  );
  want("Activity", async (list) => (await db.activity.findMany({ where: { id: { in: list } }, select: { id: true, title: true } })).map((a) => ({ id: a.id, name: a.title })));
  want("Pledge", async (list) => (await db.pledge.findMany({ where: { id: { in: list } }, select: { id: true, content: true } })).map((p) => ({ id: p.id, name: p.content })));
  want("User", async (list) =>
    (await db.user.findMany({ where: { id: { in: list } }, select: { id: true, displayName: true, username: true } })).map((u) => ({ id: u.id, name: `${u.displayName}（${u.username}）` })),
  );
  want("Indicator", async (list) =>
    (await db.indicator.findMany({ where: { id: { in: list } }, select: { id: true, labelZh: true, labelEn: true } })).map((i) => ({ id: i.id, name: locale === "en" ? i.labelEn : i.labelZh })),
  );
  await Promise.all(lookups);
  return names;
}
