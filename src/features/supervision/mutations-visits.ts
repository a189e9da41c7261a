// 联系点走访: the organization department makes city leaders contact leaders of pairings (a leader
// may hold several) and records their visits: date, leader, pairing, what was discussed and solved.
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { UserError } from "@/server/errors";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { findPairingInScope, writableLeaders } from "@/server/scope";
import { ContactPointInput, VisitInput } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The leader's account, when the name is that of the pairing's contact leader or of a leader user. */
export async function leaderUserIdFor(tx: Tx, pairing: { unitId: number; contactLeaderId: number | null; contactLeaderName: string }, leaderName: string) {
  if (pairing.contactLeaderId && pairing.contactLeaderName === leaderName) return pairing.contactLeaderId;
  // A leader of the pairing's own region: 市长 of one county is not the namesake of another's.
  const user = await tx.user.findFirst({ where: { role: "LEADER", displayName: leaderName, region: { units: { some: { id: pairing.unitId } } } }, select: { id: true } });
  return user?.id ?? null;
}

export const createVisitAction = {
  name: "visit.create",
  permission: "supervision.write",
  input: VisitInput,
  async run({ tx, user, input, audit }) {
    const pairing = await findPairingInScope(tx, user, input.pairingId);
    if (input.date > startOfShanghaiDay(new Date())) throw new UserError("supervision.validation.futureDate", {}, "date");
    if (input.date < pairing.startDate) throw new UserError("supervision.validation.visitBeforeStart", { start: shanghaiDay(pairing.startDate) }, "date");
    const visit = await tx.leaderVisit.create({
      data: { ...input, leaderUserId: await leaderUserIdFor(tx, pairing, input.leaderName) },
    });
    audit({ entity: "LeaderVisit", entityId: visit.id, after: visit });
    return { id: visit.id };
  },
} satisfies ActionDefinition<typeof VisitInput, { id: number }>;

export const assignContactPointAction = {
  name: "pairing.contactLeader",
  permission: "supervision.write",
  input: ContactPointInput,
  async run({ tx, user, input, audit }) {
    const before = await findPairingInScope(tx, user, input.pairingId);
    if (before.status !== "ACTIVE") throw new UserError("supervision.validation.pairingEnded", {}, "pairingId");
    let leaderName = input.leaderName;
    if (input.leaderUserId !== undefined) {
      // Only a leader of the department's own region; another region's account is no choice.
      const leader = await tx.user.findFirst({ where: { id: input.leaderUserId, ...writableLeaders(user) } });
      if (!leader) throw new UserError("validation.choose", {}, "leaderUserId");
      leaderName ||= leader.displayName;
    }
    const after = await updateVersioned<typeof before>(tx, "pairing", {
      id: before.id,
      version: input.version,
      data: { contactLeaderId: input.leaderUserId ?? null, contactLeaderName: leaderName },
      labels: { contactLeaderName: "supervision.fields.leaderName" },
    });
    audit({ entity: "Pairing", entityId: after.id, before, after });
    return { id: after.id };
  },
} satisfies ActionDefinition<typeof ContactPointInput, { id: number }>;
