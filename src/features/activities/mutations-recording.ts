// Recording activities (LIAISON for their own unit's pairings, ADMIN for any): create, edit while
// DRAFT or RETURNED, submit for review, delete a draft. On the one mutation path
// (server/action-core.ts); exported as server actions from actions.ts.
import type { z } from "zod";
import { editableWhere, isEditable } from "@/domain/activity-status";
import { CONFIRMATION_RESET } from "@/domain/countersign";
import { activityVisibility } from "@/domain/visibility";
import type { ActionDefinition } from "@/server/action-core";
import type { CurrentUser } from "@/server/current-user";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { aggregateState, applyActivityChange } from "@/server/aggregates";
import { findPairingInScope, writablePairings } from "@/server/scope";
import { removeFilesAfterCommit, saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "@/features/attachments";
import { checkActivityEvidence } from "@/features/evidence";
import { checkActivityDate, checkIndicatorValues, replaceValues } from "./activity-checks";
import { activitySnapshot } from "./activity-snapshot";
import { ActivityIdInput, ActivityInput, ActivityUpdateInput, type ActivityFields } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The activity, if the user may see it (their unit's, or a draft they recorded); otherwise NotFoundError (no leak). */
async function findRecordableActivity(tx: Tx, user: CurrentUser, id: number) {
  const activity = await tx.activity.findFirst({ where: { AND: [{ id }, activityVisibility(user), { pairing: writablePairings(user) }] }, include: { values: true } });
  if (!activity) throw new NotFoundError();
  return activity;
}

/** The activity's own fields of a form (not its values, files or intent). */
/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const ACTIVITY_LABELS = Object.fromEntries(
  (["area", "date", "title", "place", "description", "unitParticipants", "villageParticipants"] as const).map((field) => [field, `activities.fields.${field}`]),
);

export function contentOf(input: Omit<ActivityFields, "values" | "files" | "intent">) {
  const { pairingId, area, date, title, place, description, unitParticipants, villageParticipants } = input;
  return { pairingId, area, date, title, place, description, unitParticipants, villageParticipants };
}

/** What submitting sets; a draft save changes none of it. */
function submission(intent: "draft" | "submit") {
  return intent === "submit" ? { status: "SUBMITTED" as const, submittedAt: new Date(), returnReason: null } : {};
}

export const createActivityAction = {
  name: "activity.create",
  permission: "activities.record",
  input: ActivityInput,
  prepare: storeUploadedFiles,
  async run({ tx, user, input, audit, afterCommit }) {
    const pairing = await findPairingInScope(tx, user, input.pairingId);
    checkActivityDate(input.date, pairing);
    await checkIndicatorValues(tx, input.values);
    const activity = await tx.activity.create({
      data: { ...contentOf(input), recordedById: user.id, status: "DRAFT", ...submission(input.intent) },
    });
    await replaceValues(tx, activity.id, input.values);
    // Submitted at once, it counts as pending.
    await applyActivityChange(tx, null, await aggregateState(tx, activity.id));
    await saveAttachmentChanges({ tx, afterCommit }, { activityId: activity.id }, user.id, { added: input.files });
    await checkActivityEvidence(tx, activity.id);
    audit({ entity: "Activity", entityId: activity.id, after: await activitySnapshot(tx, activity.id) });
    return { id: activity.id, status: activity.status };
  },
} satisfies ActionDefinition<typeof ActivityInput, { id: number; status: string }, WithStoredFiles<ActivityFields>>;

export const updateActivityAction = {
  name: "activity.update",
  permission: "activities.record",
  input: ActivityUpdateInput,
  prepare: storeUploadedFiles,
  async run({ tx, user, input, audit, afterCommit }) {
    const current = await findRecordableActivity(tx, user, input.id);
    if (!isEditable(current.status)) throw new UserError("activities.errors.notEditable");
    const pairing = await findPairingInScope(tx, user, input.pairingId);
    checkActivityDate(input.date, pairing);
    await checkIndicatorValues(tx, input.values, current.values.map((v) => v.indicatorId));
    const before = await activitySnapshot(tx, current.id);
    const counted = await aggregateState(tx, current.id);
    await updateVersioned(tx, "activity", {
      id: current.id,
      version: input.version,
      data: { ...contentOf(input), ...CONFIRMATION_RESET, ...submission(input.intent) },
      labels: ACTIVITY_LABELS,
      where: editableWhere,
      notInState: () => new UserError("activities.errors.notEditable"),
    });
    await replaceValues(tx, current.id, input.values);
    await applyActivityChange(tx, counted, await aggregateState(tx, current.id));
    await saveAttachmentChanges({ tx, afterCommit }, { activityId: current.id }, user.id, { added: input.files, removeIds: input.removeAttachment });
    await checkActivityEvidence(tx, current.id);
    const after = await activitySnapshot(tx, current.id);
    audit({ entity: "Activity", entityId: current.id, before, after });
    return { id: current.id, status: after.status };
  },
} satisfies ActionDefinition<typeof ActivityUpdateInput, { id: number; status: string }, WithStoredFiles<z.output<typeof ActivityUpdateInput>>>;

export const submitActivityAction = {
  name: "activity.submit",
  permission: "activities.record",
  input: ActivityIdInput,
  async run({ tx, user, input: { id }, audit }) {
    await findRecordableActivity(tx, user, id);
    const before = await activitySnapshot(tx, id);
    const counted = await aggregateState(tx, id);
    const { count } = await tx.activity.updateMany({ where: { id, ...editableWhere }, data: submission("submit") });
    if (count !== 1) throw new UserError("activities.errors.notEditable");
    await applyActivityChange(tx, counted, await aggregateState(tx, id));
    await checkActivityEvidence(tx, id);
    audit({ entity: "Activity", entityId: id, before, after: await activitySnapshot(tx, id) });
    return { id };
  },
} satisfies ActionDefinition<typeof ActivityIdInput, { id: number }>;

export const deleteActivityAction = {
  name: "activity.delete",
  permission: "activities.record",
  input: ActivityIdInput,
  async run({ tx, user, input: { id }, audit, afterCommit }) {
    await findRecordableActivity(tx, user, id);
    const before = await activitySnapshot(tx, id);
    const counted = await aggregateState(tx, id);
    await removeFilesAfterCommit({ tx, afterCommit }, { activityId: id });
    // Only a draft: anything submitted is part of the record the organization department saw.
    const { count } = await tx.activity.deleteMany({ where: { id, status: "DRAFT" } });
    if (count !== 1) throw new UserError("activities.errors.onlyDraftDeletable");
    // A draft counts nowhere today; the call keeps that true should deletable states ever widen.
    await applyActivityChange(tx, counted, null);
    audit({ entity: "Activity", entityId: id, before });
    return { id };
  },
} satisfies ActionDefinition<typeof ActivityIdInput, { id: number }>;
