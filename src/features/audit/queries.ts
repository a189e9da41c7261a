import "server-only";
import type { DbOrTx } from "@/server/db";
import { addDays, fromShanghaiDay } from "@/lib/dates";
import { dayParam } from "@/domain/days";
import { first, PAGE_SIZE, parseListParams, type SearchParams } from "@/lib/list-params";

/** `from` and `to`: Shanghai days "YYYY-MM-DD", both inclusive. */
export type AuditQuery = { entity?: string; action?: string; username?: string; from?: string; to?: string; page: number };

/** The log's query string as a query: the page and its export read it alike. A day that does not exist is ignored. */
export function auditListQuery(params: SearchParams): AuditQuery {
  return {
    page: parseListParams(params, ["at"]).page,
    entity: first(params.entity) || undefined,
    username: first(params.user)?.trim() || undefined,
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
  };
}

/** Newest first, the page's order and its export's. */
export const AUDIT_ORDER = [{ at: "desc" as const }, { id: "desc" as const }];

export function auditWhere(query: Omit<AuditQuery, "page">) {
  return {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.username ? { user: { username: query.username } } : {}),
    ...(query.from || query.to
      ? { at: { ...(query.from ? { gte: fromShanghaiDay(query.from) } : {}), ...(query.to ? { lt: addDays(fromShanghaiDay(query.to), 1) } : {}) } }
      : {}),
  };
}

export async function listAuditEntries(db: DbOrTx, query: AuditQuery) {
  const where = auditWhere(query);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: AUDIT_ORDER,
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { user: { select: { username: true, displayName: true } } },
    }),
    db.auditEntry.count({ where }),
  ]);
  return { rows, total };
}

/** The entity names present in the log, for the filter. */
export async function auditEntities(db: DbOrTx): Promise<string[]> {
  const rows = await db.auditEntry.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}
