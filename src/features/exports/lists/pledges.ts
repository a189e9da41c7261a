import "server-only";
// Pledges with their fulfilment and review, in the pledge import's columns: it reads them back.
import { isPledgeOverdue } from "@/domain/overdue";
import { pledgeListQuery, pledgeOrderBy, pledgeWhere } from "@/features/pledges";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, day, h, type ListExport, pairingColumns, pairingInclude, sheetOf, zh } from "./define";

export const pledgesExport: ListExport = {
  permission: "pledges.read",
  title: zh("pledges.title"),
  async sheet(db, user, params) {
    const query = pledgeListQuery(params);
    const now = new Date();
    const include = { pairing: { select: pairingInclude }, review: { select: { rating: true } } };
    type Row = Awaited<ReturnType<typeof db.pledge.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      ...pairingColumns<Row>("pledges", (p) => p.pairing),
      col(h("pledges", "pledgerKind"), (p) => zh(`pledges.pledgerKinds.${p.pledgerKind}`), { width: 12 }),
      col(h("pledges", "pledgerName"), (p) => p.pledgerName),
      col(h("pledges", "content"), (p) => p.content, { width: 36 }),
      col(h("pledges", "dueDate"), (p) => day(p.dueDate), { kind: "day", width: 14 }),
      col(h("pledges", "status"), (p) => zh(`pledges.status.${p.status}`) + (isPledgeOverdue(p, now) ? `（${zh("pledges.overdue")}）` : ""), { width: 16 }),
      col(h("pledges", "fulfilledAt"), (p) => day(p.fulfilledAt), { kind: "day", width: 14 }),
      col(h("pledges", "evidence"), (p) => p.evidence ?? "", { width: 30 }),
      col(h("pledges", "rating"), (p) => (p.review ? zh(`pledges.ratings.${p.review.rating}`) : "")),
    ];
    const where = pledgeWhere(user, query, now);
    const rows = batches((skip, take) => db.pledge.findMany({ where, orderBy: pledgeOrderBy(query), skip, take, include }));
    return sheetOf(zh("pledges.title"), columns, rows);
  },
};
