// Keeps the aggregates equal to the raw rows, one write at a time. Every write that changes an
// activity's status, countersign, values, date, area or pairing calls applyActivityChange in its
// own transaction with the activity as it was and as it is: the old state leaves the aggregates,
// the new one enters. Changes are increments (a row lock, never a read-modify-write), so concurrent
// writers on PostgreSQL cannot lose one another's counts.
import { isReported, OFFICIAL_STATUS } from "@/domain/activity-status";
import { fromShanghaiDay, shanghaiMonth } from "@/lib/dates";
import type { DbOrTx } from "../db-client";
import type { AggregateState } from "./state";

type Delta = { sign: 1 | -1; state: AggregateState };

/** Applies the change from `before` to `after` (null: the activity did not exist, or no longer does). */
export async function applyActivityChange(tx: DbOrTx, before: AggregateState | null, after: AggregateState | null): Promise<void> {
  const deltas: Delta[] = [];
  if (before) deltas.push({ sign: -1, state: before });
  if (after) deltas.push({ sign: 1, state: after });
  await applyCounts(tx, deltas);
  await applyValues(tx, deltas);
  await applyPairingAreaMonths(tx, deltas);
  await applyPairingAreaTotals(tx, deltas);
}

/** Applies many changes (keyed by activity id) at once, e.g. when a village moves to another township. */
export async function applyActivityChanges(tx: DbOrTx, before: Map<number, AggregateState>, after: Map<number, AggregateState>): Promise<void> {
  for (const id of new Set([...before.keys(), ...after.keys()])) await applyActivityChange(tx, before.get(id) ?? null, after.get(id) ?? null);
}

const place = (s: AggregateState) => ({ townshipId: s.townshipId, unitRegionId: s.unitRegionId, campaignId: s.campaignId });

/** Sums the deltas by key, dropping those that cancel out (a save that changed nothing counted). */
function net<K>(entries: { key: K; amount: number; extra?: number }[]): { key: K; amount: number; extra: number }[] {
  const byKey = new Map<string, { key: K; amount: number; extra: number }>();
  for (const e of entries) {
    const id = JSON.stringify(e.key);
    const row = byKey.get(id) ?? { key: e.key, amount: 0, extra: 0 };
    row.amount += e.amount;
    row.extra += e.extra ?? 0;
    byKey.set(id, row);
  }
  return [...byKey.values()].filter((r) => r.amount !== 0 || r.extra !== 0);
}

async function applyCounts(tx: DbOrTx, deltas: Delta[]) {
  const changes = net(
    deltas
      .filter((d) => isReported(d.state.status))
      .map(({ sign, state: s }) => ({
        key: { ...place(s), area: s.area, month: shanghaiMonth(s.date), status: s.status, confirmation: s.confirmation, disputeOpen: s.disputeOpen },
        amount: sign,
      })),
  );
  for (const { key, amount } of changes) {
    await tx.countAggregate.upsert({ where: { key }, create: { ...key, count: amount }, update: { count: { increment: amount } } });
    if (amount < 0) await tx.countAggregate.deleteMany({ where: { ...key, count: { lte: 0 } } });
  }
}

async function applyValues(tx: DbOrTx, deltas: Delta[]) {
  const changes = net(
    deltas
      .filter((d) => d.state.status === OFFICIAL_STATUS)
      .flatMap(({ sign, state: s }) =>
        s.values.map((v) => ({ key: { ...place(s), indicatorId: v.indicatorId, month: shanghaiMonth(s.date) }, amount: sign * v.value, extra: sign })),
      ),
  );
  for (const { key, amount, extra } of changes) {
    await tx.valueAggregate.upsert({
      where: { key },
      create: { ...key, total: amount, activityCount: extra },
      update: { total: { increment: amount }, activityCount: { increment: extra } },
    });
    // A month no verified activity contributes to any more must disappear, not linger as a zero.
    if (extra < 0) await tx.valueAggregate.deleteMany({ where: { ...key, activityCount: { lte: 0 } } });
  }
}

async function applyPairingAreaMonths(tx: DbOrTx, deltas: Delta[]) {
  const verified = deltas.filter((d) => d.state.status === OFFICIAL_STATUS);
  const keyOf = (s: AggregateState) => ({ pairingId: s.pairingId, area: s.area, month: shanghaiMonth(s.date) });
  const touched = new Map<string, { key: ReturnType<typeof keyOf>; amount: number; added: Date | null; removed: boolean }>();
  for (const { sign, state } of verified) {
    const key = keyOf(state);
    const id = JSON.stringify(key);
    const row = touched.get(id) ?? { key, amount: 0, added: null, removed: false };
    row.amount += sign;
    if (sign > 0) row.added = state.date;
    else row.removed = true;
    touched.set(id, row);
  }
  for (const { key, amount, added, removed } of touched.values()) {
    // The upsert takes the row's lock first, so the last date below is decided by one writer at a time.
    const row = await tx.pairingAreaMonth.upsert({
      where: { key },
      create: { ...key, count: amount, lastDate: added ?? new Date(0) },
      update: { count: { increment: amount } },
    });
    if (row.count <= 0) {
      await tx.pairingAreaMonth.delete({ where: { key } });
      continue;
    }
    // Adding only: the later of the two dates. A removal may have taken the last one away: ask the rows.
    const lastDate = removed ? await lastVerifiedIn(tx, key) : added && added > row.lastDate ? added : row.lastDate;
    if (lastDate && lastDate.getTime() !== row.lastDate.getTime()) await tx.pairingAreaMonth.update({ where: { key }, data: { lastDate } });
  }
}

async function applyPairingAreaTotals(tx: DbOrTx, deltas: Delta[]) {
  const touched = new Map<string, { key: { pairingId: number; area: AggregateState["area"] }; amount: number; added: Date[]; removed: boolean; now: AggregateState | null; any: AggregateState }>();
  for (const { sign, state } of deltas.filter((d) => d.state.status === OFFICIAL_STATUS)) {
    const key = { pairingId: state.pairingId, area: state.area };
    const id = JSON.stringify(key);
    const row = touched.get(id) ?? { key, amount: 0, added: [], removed: false, now: null, any: state };
    row.amount += sign;
    if (sign > 0) {
      row.added.push(state.date);
      row.now = state;
    } else row.removed = true;
    touched.set(id, row);
  }
  for (const { key, amount, added, removed, now, any } of touched.values()) {
    // Where the pairing counts follows the activity as it is now (a village moved township), even when its count is unchanged.
    const where = now ? place(now) : {};
    const first = added.reduce<Date | null>((a, d) => (a && a <= d ? a : d), null);
    const last = added.reduce<Date | null>((a, d) => (a && a >= d ? a : d), null);
    const row = await tx.pairingAreaTotal.upsert({
      where: { key },
      create: { ...key, ...place(now ?? any), count: amount, firstDate: first ?? new Date(0), lastDate: last ?? new Date(0) },
      update: { count: { increment: amount }, ...where },
    });
    if (row.count <= 0) {
      await tx.pairingAreaTotal.delete({ where: { key } });
      continue;
    }
    // Adding only: widen the span. A removal may have taken the first or the last day away: ask the rows.
    const span = removed ? await verifiedSpan(tx, key) : { first: first && first < row.firstDate ? first : row.firstDate, last: last && last > row.lastDate ? last : row.lastDate };
    if (span.first.getTime() !== row.firstDate.getTime() || span.last.getTime() !== row.lastDate.getTime()) {
      await tx.pairingAreaTotal.update({ where: { key }, data: { firstDate: span.first, lastDate: span.last } });
    }
  }
}

async function verifiedSpan(tx: DbOrTx, key: { pairingId: number; area: AggregateState["area"] }): Promise<{ first: Date; last: Date }> {
  const { _min, _max } = await tx.activity.aggregate({ where: { ...key, status: OFFICIAL_STATUS }, _min: { date: true }, _max: { date: true } });
  return { first: _min.date!, last: _max.date! };
}

async function lastVerifiedIn(tx: DbOrTx, key: { pairingId: number; area: AggregateState["area"]; month: string }): Promise<Date | null> {
  const { _max } = await tx.activity.aggregate({
    where: { pairingId: key.pairingId, area: key.area, status: OFFICIAL_STATUS, date: monthRange(key.month) },
    _max: { date: true },
  });
  return _max.date;
}

/** A Shanghai month's instants: from its first midnight to the next month's. */
function monthRange(month: string): { gte: Date; lt: Date } {
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { gte: fromShanghaiDay(`${month}-01`), lt: fromShanghaiDay(`${next}-01`) };
}
