// What the aggregates need to know of one activity: where it counts (township, unit region,
// campaign), under what (area, month, status, countersign) and its indicator values. A write reads
// it before and after it changes the activity and hands both to applyActivityChange.
import type { ActivityStatus, Confirmation, ContentArea } from "@/generated/sqlite/enums";
import type { Prisma } from "@/generated/sqlite/client";
import type { DbOrTx } from "../db-client";

export type AggregateState = {
  id: number;
  pairingId: number;
  townshipId: number;
  unitRegionId: number;
  campaignId: number;
  area: ContentArea;
  date: Date;
  status: ActivityStatus;
  confirmation: Confirmation;
  disputeOpen: boolean;
  values: { indicatorId: number; value: number }[];
};

const SELECT = {
  id: true,
  pairingId: true,
  area: true,
  date: true,
  status: true,
  confirmation: true,
  disputeResolvedAt: true,
  values: { select: { indicatorId: true, value: true } },
  pairing: { select: { campaignId: true, village: { select: { townshipId: true } }, unit: { select: { regionId: true } } } },
} satisfies Prisma.ActivitySelect;

type Row = Prisma.ActivityGetPayload<{ select: typeof SELECT }>;

function toState(a: Row): AggregateState {
  return {
    id: a.id,
    pairingId: a.pairingId,
    townshipId: a.pairing.village.townshipId,
    unitRegionId: a.pairing.unit.regionId,
    campaignId: a.pairing.campaignId,
    area: a.area,
    date: a.date,
    status: a.status,
    confirmation: a.confirmation,
    disputeOpen: a.confirmation === "DISPUTED" && a.disputeResolvedAt === null,
    values: a.values,
  };
}

/** The activity as the aggregates see it, or null when it does not exist (before a create, after a delete). */
export async function aggregateState(db: DbOrTx, activityId: number): Promise<AggregateState | null> {
  const row = await db.activity.findUnique({ where: { id: activityId }, select: SELECT });
  return row ? toState(row) : null;
}

/** The same for every activity `where` selects (a village moving township: all of its pairings' activities). */
export async function aggregateStates(db: DbOrTx, where: Prisma.ActivityWhereInput): Promise<Map<number, AggregateState>> {
  const rows = await db.activity.findMany({ where, select: SELECT });
  return new Map(rows.map((r) => [r.id, toState(r)]));
}
