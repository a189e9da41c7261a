import "server-only";
import type { DbOrTx } from "@/server/db";
import { PAGE_SIZE } from "@/lib/list-params";

export type AuditQuery = { entity?: string; action?: string; username?: string; from?: Date; to?: Date; page: number };

export async function listAuditEntries(db: DbOrTx, query: AuditQuery) {
  const where = {
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.username ? { user: { username: query.username } } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) } } : {}),
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
