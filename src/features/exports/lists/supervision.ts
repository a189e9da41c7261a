import "server-only";
// Supervision's lists: leader visits (in the visit import's columns, so they import back),
// inspections, and rectification items (a liaison: their own unit's only).
import { pairingScope } from "@/domain/visibility";
import { todayInShanghai } from "@/domain/days";
import { isRectificationOverdue } from "@/domain/overdue";
import { defaultVisitPeriod, INSPECTION_ORDER, inspectionsInScope, RECTIFICATION_ORDER, rectificationFiltersOf, rectificationWhere, VISIT_ORDER, visitFiltersOf, visitWhere } from "@/features/supervision";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, day, h, type ListExport, pairingColumns, pairingInclude, sheetOf, zh } from "./define";

const f = (key: string) => zh(`supervision.fields.${key}`);

export const visitsExport: ListExport = {
  permission: "supervision.read",
  title: zh("supervision.visits.title"),
  async sheet(db, user, params) {
    // The page's period when the URL names none: the same fallback as the page.
    const where = visitWhere(visitFiltersOf(params, await defaultVisitPeriod(db, todayInShanghai())), pairingScope(user));
    const include = { pairing: { select: pairingInclude } };
    type Row = Awaited<ReturnType<typeof db.leaderVisit.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      ...pairingColumns<Row>("visits", (v) => v.pairing),
      col(h("visits", "date"), (v) => day(v.date), { kind: "day", width: 13 }),
      col(h("visits", "leaderName"), (v) => v.leaderName, { width: 24 }),
      col(h("visits", "notes"), (v) => v.notes, { width: 40 }),
    ];
    const rows = batches((skip, take) => db.leaderVisit.findMany({ where, orderBy: VISIT_ORDER, skip, take, include }));
    return sheetOf(zh("supervision.visits.title"), columns, rows);
  },
};

export const inspectionsExport: ListExport = {
  permission: "supervision.read",
  title: zh("supervision.title"),
  async sheet(db, user) {
    const include = { _count: { select: { pairings: true, rectifications: true } }, rectifications: { where: { status: { not: "CLOSED" as const } }, select: { id: true } } };
    type Row = Awaited<ReturnType<typeof db.inspection.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(f("date"), (i) => day(i.date), { kind: "day", width: 13 }),
      col(f("kind"), (i) => zh(`supervision.kinds.${i.kind}`), { width: 12 }),
      col(f("inspectors"), (i) => i.inspectors, { width: 24 }),
      col(f("findings"), (i) => i.findings, { width: 40 }),
      col(zh("exports.inspections.pairings"), (i) => i._count.pairings, { kind: "number" }),
      col(zh("exports.inspections.items"), (i) => i._count.rectifications, { kind: "number" }),
      col(zh("exports.inspections.openItems"), (i) => i.rectifications.length, { kind: "number" }),
    ];
    const rows = batches((skip, take) => db.inspection.findMany({ where: inspectionsInScope(pairingScope(user)), orderBy: INSPECTION_ORDER, skip, take, include }));
    return sheetOf(zh("supervision.title"), columns, rows);
  },
};

export const rectificationsExport: ListExport = {
  permission: "rectifications.read",
  title: zh("supervision.tabs.rectifications"),
  async sheet(db, user, params) {
    const now = new Date();
    const where = rectificationWhere(user, rectificationFiltersOf(params), now);
    const include = { pairing: { select: pairingInclude }, inspection: { select: { date: true, kind: true } } };
    type Row = Awaited<ReturnType<typeof db.rectification.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(f("unit"), (r) => r.pairing?.unit.name ?? "", { width: 18 }),
      col(f("township"), (r) => r.pairing?.village.township.name ?? ""),
      col(zh("exports.rectifications.village"), (r) => r.pairing?.village.name ?? ""),
      col(f("description"), (r) => r.description, { width: 40 }),
      col(f("inspection"), (r) => `${zh(`supervision.kinds.${r.inspection.kind}`)}（${day(r.inspection.date)?.toISOString().slice(0, 10)}）`, { width: 24 }),
      col(f("dueDate"), (r) => day(r.dueDate), { kind: "day", width: 13 }),
      col(f("status"), (r) => zh(`supervision.status.${r.status}`) + (isRectificationOverdue(r, now) ? `（${zh("supervision.due.overdue")}）` : ""), { width: 14 }),
      col(f("reportText"), (r) => r.reportText ?? "", { width: 40 }),
      col(f("reportedAt"), (r) => day(r.reportedAt), { kind: "day", width: 13 }),
      col(f("closureNote"), (r) => r.closureNote ?? "", { width: 30 }),
      col(f("closedAt"), (r) => day(r.closedAt), { kind: "day", width: 13 }),
    ];
    const rows = batches((skip, take) => db.rectification.findMany({ where, orderBy: RECTIFICATION_ORDER, skip, take, include }));
    return sheetOf(zh("supervision.tabs.rectifications"), columns, rows);
  },
};
