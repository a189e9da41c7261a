import "server-only";
import type { DbOrTx } from "@/server/db";
import { addDays, fromShanghaiDay } from "@/lib/dates";
import { PAGE_SIZE } from "@/lib/list-params";

/** `from` and `to`: Shanghai days "YYYY-MM-DD", both inclusive. */
export type AuditQuery = { entity?: string; action?: string; username?: string; from?: string; to?: string; page: number };

export async function listAuditEntries(db: DbOrTx, query: AuditQuery) {
  const where = {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.username ? { user: { username: query.username } } : {}),
    ...(query.from || query.to
      ? { at: { ...(query.from ? { gte: fromShanghaiDay(query.from) } : {}), ...(query.to ? { lt: addDays(fromShanghaiDay(query.to), 1) } : {}) } }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
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
