import "server-only";
import type { DbOrTx } from "@/server/db";
import { openDisputeWhere } from "@/domain/countersign";
import { instantRange, type Period } from "../period";
import { countActivities } from "./aggregates";
import { type DashboardFilter, onPairing, pairingsInEffectWhere, verifiedActivityWhere } from "./filter";
import { figure } from "./figure";
import { openRectificationWhere, overdueRectificationWhere } from "./record-filters";
import { pledgeCounts } from "./pledge-aggregates";

// One count per card, so each card on the page can load on its own; the leader's home page shows
// the same figures.

export const countPairingsInEffect = (db: DbOrTx, filter: DashboardFilter) => db.pairing.count({ where: pairingsInEffectWhere(filter) });

// The activity counts read the aggregates (queries/aggregates.ts); each names the raw condition its
// source page lists, which the aggregates must equal (tests/db/dashboard-property.test.ts).
export const countVerified = (db: DbOrTx, filter: DashboardFilter) =>
  countActivities(db, filter, { status: "VERIFIED" }, (period) => verifiedActivityWhere(filter, period));

/** SUBMITTED activities of the period awaiting review: shown apart, never added. */
export const countPending = (db: DbOrTx, filter: DashboardFilter) =>
  countActivities(db, filter, { status: "SUBMITTED" }, (period) => pendingActivityWhere(filter, period));

/** VERIFIED activities the village countersigned (CONFIRMED). */
export const countConfirmed = (db: DbOrTx, filter: DashboardFilter) =>
  countActivities(db, filter, { status: "VERIFIED", confirmation: "CONFIRMED" }, (period) => ({ ...verifiedActivityWhere(filter, period), confirmation: "CONFIRMED" }));

/** Verified activities the village disputed and the department has not yet resolved. */
export const countDisputed = (db: DbOrTx, filter: DashboardFilter) =>
  countActivities(db, filter, { status: "VERIFIED", disputeOpen: true }, (period) => ({ ...verifiedActivityWhere(filter, period), ...openDisputeWhere }));

/** Pledges due in the period and how many are fulfilled: PledgeAggregate for a region scope (pledge-aggregates.ts). */
export const countPledges = (db: DbOrTx, filter: DashboardFilter) => pledgeCounts(db, filter);

export const countOpenRectifications = (db: DbOrTx, filter: DashboardFilter) => db.rectification.count({ where: openRectificationWhere(filter) });

export const countOverdueRectifications = (db: DbOrTx, filter: DashboardFilter, today: string) =>
  db.rectification.count({ where: overdueRectificationWhere(filter, today) });

export function pendingActivityWhere(filter: DashboardFilter, period: Period = filter.period) {
  return { status: "SUBMITTED" as const, date: instantRange(period), ...onPairing(filter) };
}

export const pairingsInEffectFigure = figure("pairingsInEffect", ({ db }, filter) => countPairingsInEffect(db, filter));
export const verifiedFigure = figure("verified", ({ db }, filter) => countVerified(db, filter));
export const pendingFigure = figure("pending", ({ db }, filter) => countPending(db, filter));
/** Verified activities the village disputed and the department has not yet resolved: counted, but shown apart. */
export const disputedFigure = figure("disputed", ({ db }, filter) => countDisputed(db, filter));
export const confirmedFigure = figure("confirmed", ({ db }, filter) => countConfirmed(db, filter));
export const pledgesFigure = figure("pledges", ({ db }, filter) => countPledges(db, filter));
export const openRectificationsFigure = figure("openRectifications", ({ db }, filter) => countOpenRectifications(db, filter));
export const overdueRectificationsFigure = figure("overdueRectifications", ({ db }, filter, today: string) => countOverdueRectifications(db, filter, today));

export type Headline = {
  pairingsInEffect: number;
  verified: number;
  pending: number;
  confirmed: number;
  pledges: number;
  pledgesFulfilled: number;
  openRectifications: number;
};

/** All the cards' figures at once (for tests and scripts; the page loads them card by card). */
export async function headline(db: DbOrTx, filter: DashboardFilter): Promise<Headline> {
  const [pairingsInEffect, verified, pending, confirmed, pledges, openRectifications] = await Promise.all([
    countPairingsInEffect(db, filter),
    countVerified(db, filter),
    countPending(db, filter),
    countConfirmed(db, filter),
    countPledges(db, filter),
    countOpenRectifications(db, filter),
  ]);
  return { pairingsInEffect, verified, pending, confirmed, pledges: pledges.total, pledgesFulfilled: pledges.fulfilled, openRectifications };
}
