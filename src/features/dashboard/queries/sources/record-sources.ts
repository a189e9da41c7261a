import "server-only";
import type { DbOrTx } from "@/server/db";
import { type DashboardFilter, pairingsInEffectWhere, pairingWhere } from "../filter";
import { inspectionWhere, leaderVisitWhere, openRectificationWhere, overdueRectificationWhere, type PledgeStatusFilter, pledgeWhere } from "../record-filters";
import { type Page, pairingColumns, paging } from "./shared";

/** The pledges behind 231 (status "all") or 182 ("fulfilled"). */
export async function pledgeSources(db: DbOrTx, filter: DashboardFilter, status: PledgeStatusFilter, page: Page) {
  const where = pledgeWhere(filter, status);
  const [rows, count] = await Promise.all([
    db.pledge.findMany({
      where,
      select: { id: true, pledgerName: true, pledgerKind: true, content: true, dueDate: true, status: true, fulfilledAt: true, pairing: pairingColumns },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      ...paging(page),
    }),
    db.pledge.count({ where }),
  ]);
  return { rows, count };
}

/** The leaders' visits to their contact points behind 38 人次. */
export async function leaderVisitSources(db: DbOrTx, filter: DashboardFilter, page: Page) {
  const where = leaderVisitWhere(filter);
  const [rows, count] = await Promise.all([
    db.leaderVisit.findMany({
      where,
      select: { id: true, date: true, leaderName: true, notes: true, pairing: pairingColumns },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      ...paging(page),
    }),
    db.leaderVisit.count({ where }),
  ]);
  return { rows, count };
}

/** The inspections behind 16 次, each with the pairings it covered that the viewer may see. */
export async function inspectionSources(db: DbOrTx, filter: DashboardFilter, page: Page) {
  const where = inspectionWhere(filter);
  const pairing = pairingWhere(filter);
  const [rows, count] = await Promise.all([
    db.inspection.findMany({
      where,
      select: {
        id: true,
        date: true,
        kind: true,
        inspectors: true,
        findings: true,
        pairings: { where: pairing ? { pairing } : {}, select: { pairing: pairingColumns }, orderBy: { pairingId: "asc" } },
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      ...paging(page),
    }),
    db.inspection.count({ where }),
  ]);
  return { rows, count };
}

/** Rectification items still open that the period's inspections raised; with `overdueOn`, those overdue that day. */
export async function openRectificationSources(db: DbOrTx, filter: DashboardFilter, page: Page, overdueOn?: string) {
  const where = overdueOn ? overdueRectificationWhere(filter, overdueOn) : openRectificationWhere(filter);
  const [rows, count] = await Promise.all([
    db.rectification.findMany({
      where,
      select: { id: true, description: true, dueDate: true, status: true, inspection: { select: { date: true } }, pairing: pairingColumns },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      ...paging(page),
    }),
    db.rectification.count({ where }),
  ]);
  return { rows, count };
}

/** The pairings in effect during the period. */
export async function pairingSources(db: DbOrTx, filter: DashboardFilter, page: Page) {
  const where = pairingsInEffectWhere(filter);
  const [rows, count] = await Promise.all([
    db.pairing.findMany({
      where,
      select: { ...pairingColumns.select, startDate: true, endDate: true, status: true },
      orderBy: [{ village: { township: { sortOrder: "asc" } } }, { id: "asc" }],
      ...paging(page),
    }),
    db.pairing.count({ where }),
  ]);
  return { rows, count };
}
