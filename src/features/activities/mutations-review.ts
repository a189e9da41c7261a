// The organization department's review: verify a submitted activity (it then counts in the official
// figures, kept in the aggregates in the same transaction), return it with a reason, or correct a
// verified one with a reason (the aggregates lose the old activity and gain the new).
import type { z } from "zod";
import { OFFICIAL_STATUS } from "@/domain/activity-status";
import { CONFIRMATION_RESET } from "@/domain/countersign";
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError, UserError } from "@/server/errors";
import { aggregateState, applyActivityChange } from "@/server/aggregates";
import { writablePairings } from "@/server/scope";
import { saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "@/features/attachments";
import { checkActivityEvidence } from "@/features/evidence";
import { checkActivityDate, checkIndicatorValues, replaceValues } from "./activity-checks";
import { activitySnapshot } from "./activity-snapshot";
import { contentOf } from "./mutations-recording";
import { ActivityCorrectionInput, ActivityReturnInput, ActivityVerifyInput } from "./schemas";

export const verifyActivityAction = {
  name: "activity.verify",
  permission: "activities.review",
  input: ActivityVerifyInput,
  async run({ tx, user, input: { id, note }, audit }) {
    const before = await tx.activity.findFirst({ where: { id, pairing: writablePairings(user) } }).then((a) => a && activitySnapshot(tx, id));
    if (!before) throw new NotFoundError();
    if (before.status !== "SUBMITTED") throw new UserError("activities.errors.notSubmitted");
    // The evidence as it stands at the moment of the decision. A warning refuses nothing, but the
    // verifier says in a note why the activity counts all the same; the note and the number of
    // warnings are kept with it (and in the audit entry, with the warnings themselves).
    const warnings = await checkActivityEvidence(tx, id);
    const counted = await aggregateState(tx, id);
    if (warnings > 0 && !note) throw new UserError("activities.errors.warningNoteRequired", { count: warnings }, "note");
    // The status is part of the update's condition, so two reviewers cannot count it twice.
    const { count } = await tx.activity.updateMany({
      where: { id, status: "SUBMITTED" },
      data: { status: OFFICIAL_STATUS, verifiedAt: new Date(), verifiedById: user.id, returnReason: null, verifiedWarnings: warnings, verificationNote: note || null },
    });
    if (count !== 1) throw new UserError("activities.errors.notSubmitted");
    await applyActivityChange(tx, counted, await aggregateState(tx, id));
    audit({ entity: "Activity", entityId: id, before, after: await activitySnapshot(tx, id) });
    return { id };
  },
} satisfies ActionDefinition<typeof ActivityVerifyInput, { id: number }>;

export const returnActivityAction = {
  name: "activity.return",
  permission: "activities.review",
  input: ActivityReturnInput,
  async run({ tx, user, input: { id, reason }, audit }) {
    const before = await tx.activity.findFirst({ where: { id, pairing: writablePairings(user) } }).then((a) => a && activitySnapshot(tx, id));
    if (!before) throw new NotFoundError();
    const counted = await aggregateState(tx, id);
    const { count } = await tx.activity.updateMany({ where: { id, status: "SUBMITTED" }, data: { status: "RETURNED", returnReason: reason } });
    if (count !== 1) throw new UserError("activities.errors.notSubmitted");
    await applyActivityChange(tx, counted, await aggregateState(tx, id));
    audit({ entity: "Activity", entityId: id, before, after: await activitySnapshot(tx, id) });
    return { id };
  },
} satisfies ActionDefinition<typeof ActivityReturnInput, { id: number }>;

export const correctActivityAction = {
  name: "activity.correct",
  permission: "activities.review",
  input: ActivityCorrectionInput,
  prepare: storeUploadedFiles,
  async run({ tx, user, input, audit, afterCommit }) {
    const current = await tx.activity.findFirst({ where: { id: input.id, pairing: writablePairings(user) }, include: { values: true } });
    if (!current) throw new NotFoundError();
    if (current.status !== OFFICIAL_STATUS) throw new UserError("activities.errors.notVerified");
    const pairing = await tx.pairing.findFirst({ where: { id: input.pairingId, ...writablePairings(user) } });
    if (!pairing) throw new UserError("errors.notFound", {}, "pairingId");
    checkActivityDate(input.date, pairing);
    await checkIndicatorValues(tx, input.values, current.values.map((v) => v.indicatorId));
    const before = await activitySnapshot(tx, current.id);

    const counted = await aggregateState(tx, current.id);
    await tx.activity.update({
      where: { id: current.id },
      data: {
        ...contentOf(input),
        ...CONFIRMATION_RESET,
        correctedAt: new Date(),
        correctionReason: input.reason,
      },
    });
    await replaceValues(tx, current.id, input.values);
    await saveAttachmentChanges({ tx, afterCommit }, { activityId: current.id }, user.id, { added: input.files, removeIds: input.removeAttachment });
    await checkActivityEvidence(tx, current.id);
    const after = await activitySnapshot(tx, current.id);
    await applyActivityChange(tx, counted, await aggregateState(tx, current.id));
    audit({ entity: "Activity", entityId: current.id, before, after });
    return { id: current.id };
  },
} satisfies ActionDefinition<typeof ActivityCorrectionInput, { id: number }, WithStoredFiles<z.output<typeof ActivityCorrectionInput>>>;
