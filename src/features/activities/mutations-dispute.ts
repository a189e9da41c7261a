// The organization department resolves a village's dispute of an activity (src/domain/countersign.ts):
// upholds the record with a note, or returns the activity to its liaison with the note as the
// reason — a verified one then leaves the official figures (and the aggregates) until verified again.
import { DisputeResolutionInput, openDisputeWhere } from "@/domain/countersign";
import { reportedWhere } from "@/domain/activity-status";
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { aggregateState, applyActivityChange } from "@/server/aggregates";
import { writablePairings } from "@/server/scope";
import { activitySnapshot } from "./activity-snapshot";

export const resolveDisputeAction = {
  name: "activity.resolveDispute",
  permission: "activities.review",
  input: DisputeResolutionInput,
  async run({ tx, user, input: { id, outcome, note }, audit }) {
    const before = await tx.activity.findFirst({ where: { id, pairing: writablePairings(user) } }).then((a) => a && activitySnapshot(tx, id));
    if (!before) throw new NotFoundError();
    const counted = await aggregateState(tx, id);
    const resolution = { disputeResolvedAt: new Date(), disputeResolvedById: user.id, disputeNote: note };
    // The open dispute and the status are part of the update's condition: two reviewers cannot both resolve it.
    const { count } = await tx.activity.updateMany({
      where: { id, status: before.status, AND: [reportedWhere, openDisputeWhere] },
      data: outcome === "UPHOLD" ? resolution : { ...resolution, status: "RETURNED", returnReason: note },
    });
    if (count !== 1) throw new UserError("activities.errors.noOpenDispute");
    // Both outcomes close the dispute (the disputed count loses it); a return also takes it out of the figures.
    await applyActivityChange(tx, counted, await aggregateState(tx, id));
    audit({ entity: "Activity", entityId: id, before, after: await activitySnapshot(tx, id) });
    return { id };
  },
} satisfies ActionDefinition<typeof DisputeResolutionInput, { id: number }>;
