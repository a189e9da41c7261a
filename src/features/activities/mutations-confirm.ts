// 双向确认: the village confirms or disputes what a unit reported for it. Only its own village's
// submitted or verified activities; anything else is not found.
import { reportedWhere } from "@/domain/activity-status";
import { ConfirmationInput } from "@/domain/countersign";
import { activityVisibility } from "@/domain/visibility";
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError } from "@/server/errors";
import { aggregateState, applyActivityChange } from "@/server/aggregates";
import { activitySnapshot } from "./activity-snapshot";

export const confirmActivityAction = {
  name: "activity.confirm",
  permission: "activities.confirm",
  input: ConfirmationInput,
  async run({ tx, user, input: { id, decision, comment }, audit }) {
    const activity = await tx.activity.findFirst({
      where: { AND: [{ id }, activityVisibility(user), reportedWhere] },
    });
    if (!activity) throw new NotFoundError();
    const before = await activitySnapshot(tx, id);
    const counted = await aggregateState(tx, id);
    await tx.activity.update({
      where: { id },
      // A new decision opens a new question: an earlier dispute's resolution (kept in the audit log) no longer answers it.
      data: { confirmation: decision, confirmationComment: comment || null, confirmedAt: new Date(), confirmedById: user.id, disputeResolvedAt: null, disputeResolvedById: null, disputeNote: null },
    });
    await applyActivityChange(tx, counted, await aggregateState(tx, id));
    audit({ entity: "Activity", entityId: id, before, after: await activitySnapshot(tx, id) });
    return { id };
  },
} satisfies ActionDefinition<typeof ConfirmationInput, { id: number }>;
