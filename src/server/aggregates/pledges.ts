// PledgeAggregate: pledges per township, unit region, campaign, due month (Asia/Shanghai) and
// status, kept equal to the Pledge rows the way apply.ts keeps the activity aggregates. Every write
// that creates a pledge or changes its status, due date or pairing (or moves its village to another
// township) reads the pledges' states before and after it in the same transaction and hands both to
// applyPledgeChanges. Changes are increments, so concurrent writers cannot lose one another's counts.
import type { PledgeStatus } from "@/generated/sqlite/enums";
import type { Prisma } from "@/generated/sqlite/client";
import { shanghaiMonth } from "@/lib/dates";
import type { DbOrTx } from "../db-client";
import type { DatabaseKind } from "../database-url";

export type PledgeState = { townshipId: number; unitRegionId: number; campaignId: number; month: string; status: PledgeStatus };

const SELECT = {
  id: true,
  dueDate: true,
  status: true,
  pairing: { select: { campaignId: true, village: { select: { townshipId: true } }, unit: { select: { regionId: true } } } },
} satisfies Prisma.PledgeSelect;

/** The states of the pledges `where` selects, by id (absent: no such pledge). */
export async function pledgeStates(db: DbOrTx, where: Prisma.PledgeWhereInput): Promise<Map<number, PledgeState>> {
  const rows = await db.pledge.findMany({ where, select: SELECT });
  return new Map(
    rows.map((p) => [
      p.id,
      { townshipId: p.pairing.village.townshipId, unitRegionId: p.pairing.unit.regionId, campaignId: p.pairing.campaignId, month: shanghaiMonth(p.dueDate), status: p.status },
    ]),
  );
}

/** Applies the change from `before` to `after` (a pledge missing from one side did not exist, or no longer does). */
export async function applyPledgeChanges(tx: DbOrTx, before: Map<number, PledgeState>, after: Map<number, PledgeState>): Promise<void> {
  const net = new Map<string, { key: PledgeState; amount: number }>();
  const add = (state: PledgeState, sign: 1 | -1) => {
    const key = { townshipId: state.townshipId, unitRegionId: state.unitRegionId, campaignId: state.campaignId, month: state.month, status: state.status };
    const id = JSON.stringify(key);
    net.set(id, { key, amount: (net.get(id)?.amount ?? 0) + sign });
  };
  for (const state of before.values()) add(state, -1);
  for (const state of after.values()) add(state, 1);
  // Sorted keys: two writers touching the same rows take their locks in the same order (no deadlock).
  const changes = [...net.entries()].filter(([, c]) => c.amount !== 0).sort(([a], [b]) => a.localeCompare(b));
  for (const [, { key, amount }] of changes) {
    await tx.pledgeAggregate.upsert({ where: { key }, create: { ...key, count: amount }, update: { count: { increment: amount } } });
    // A key no pledge counts under any more disappears rather than lingering as a zero.
    if (amount < 0) await tx.pledgeAggregate.deleteMany({ where: { ...key, count: { lte: 0 } } });
  }
}

/**
 * Runs `write` between reading the states of the pledges `where` selects and reading them again,
 * and applies the difference: for writes that change pledges in place (an edit, a start, a fulfilment,
 * a village's move). `where` must select the same pledges before and after.
 */
export async function withPledgeAggregates<T>(tx: DbOrTx, where: Prisma.PledgeWhereInput, write: () => Promise<T>): Promise<T> {
  const before = await pledgeStates(tx, where);
  const result = await write();
  await applyPledgeChanges(tx, before, await pledgeStates(tx, where));
  return result;
}

const MONTH: Record<DatabaseKind, string> = {
  sqlite: `strftime('%Y-%m', l."dueDate", '+8 hours')`,
  postgres: `to_char(l."dueDate" + interval '8 hours', 'YYYY-MM')`,
};

/** The table recomputed from the raw rows (the rebuild and the migration that introduced it use these). */
export function pledgeRebuildStatements(kind: DatabaseKind): string[] {
  const month = MONTH[kind];
  return [
    `DELETE FROM "PledgeAggregate"`,
    `INSERT INTO "PledgeAggregate" ("townshipId", "unitRegionId", "campaignId", "month", "status", "count")
     SELECT v."townshipId", u."regionId", p."campaignId", ${month}, l."status", COUNT(*)
     FROM "Pledge" l JOIN "Pairing" p ON p."id" = l."pairingId" JOIN "Village" v ON v."id" = p."villageId" JOIN "Unit" u ON u."id" = p."unitId"
     GROUP BY v."townshipId", u."regionId", p."campaignId", ${month}, l."status"`,
  ];
}
