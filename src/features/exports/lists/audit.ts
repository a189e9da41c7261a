import "server-only";
// The audit log, with the filters of its page, in Beijing time.
import { AUDIT_ORDER, auditListQuery, auditWhere } from "@/features/audit";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, type ListExport, sheetOf, zh } from "./define";

export const auditExport: ListExport = {
  permission: "audit.read",
  title: zh("audit.title"),
  async sheet(db, _user, params) {
    const query = auditListQuery(params);
    const include = { user: { select: { username: true, displayName: true } } };
    type Row = Awaited<ReturnType<typeof db.auditEntry.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      // The moment in Beijing time, as the log page shows it.
      col(zh("audit.at"), (e) => new Date(e.at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " "), { width: 20 }),
      col(zh("audit.user"), (e) => (e.user ? `${e.user.displayName}（${e.user.username}）` : ""), { width: 20 }),
      col(zh("audit.action"), (e) => e.action, { width: 20 }),
      col(zh("audit.entity"), (e) => e.entity),
      col(zh("exports.audit.entityId"), (e) => e.entityId, { width: 10 }),
      col(zh("exports.audit.before"), (e) => e.before ?? "", { width: 50 }),
      col(zh("exports.audit.after"), (e) => e.after ?? "", { width: 50 }),
    ];
    const rows = batches((skip, take) => db.auditEntry.findMany({ where: auditWhere(query), orderBy: AUDIT_ORDER, skip, take, include }));
    return sheetOf(zh("audit.title"), columns, rows);
  },
};
