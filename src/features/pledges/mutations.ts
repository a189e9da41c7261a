// 承诺 → 践诺 → 评诺. Liaisons manage their own unit's pledges (ADMIN any): make, edit until
// fulfilled, start, fulfil with evidence. ADMIN reviews fulfilled pledges; the village confirms them.
import { CONFIRMATION_RESET, ConfirmationInput } from "@/domain/countersign";
import type { ActionDefinition } from "@/server/action-core";
import type { CurrentUser } from "@/server/current-user";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { findPairingInScope, writablePairings } from "@/server/scope";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "@/features/attachments";
import { PledgeFulfilInput, PledgeIdInput, PledgeInput, PledgeReviewInput, PledgeUpdateInput, type PledgeFields, type PledgeFulfilFields } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";
import { applyPledgeChanges, pledgeStates, withPledgeAggregates } from "@/server/aggregates/pledges";

/** The form's fields, by their labels, for the refusal of a save over someone else's. */
const PLEDGE_LABELS = {
  pledgerKind: "pledges.fields.pledgerKind",
  pledgerName: "pledges.fields.pledgerName",
  content: "pledges.fields.content",
  dueDate: "pledges.fields.dueDate",
};

const OPEN = ["PROMISED", "IN_PROGRESS"] as const;

async function findPledgeInScope(tx: Tx, user: CurrentUser, id: number) {
  const pledge = await tx.pledge.findFirst({ where: { id, pairing: writablePairings(user) } });
  if (!pledge) throw new NotFoundError();
  return pledge;
}

/** The pairing (in scope) and the pledge's row values; an organization's pledge is in its party organization's name. */
async function pledgeData(tx: Tx, user: CurrentUser, input: PledgeFields) {
  const pairing = await findPairingInScope(tx, user, input.pairingId);
  if (input.dueDate < pairing.startDate) {
    throw new UserError("pledges.validation.dueBeforeStart", { start: shanghaiDay(pairing.startDate) }, "dueDate");
  }
  let pledgerName = input.pledgerName;
  if (input.pledgerKind === "ORGANIZATION" && !pledgerName) {
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: pairing.unitId } });
    pledgerName = unit.partyOrgName || unit.name;
  }
  const { pairingId, pledgerKind, content, dueDate } = input;
  return { pairingId, pledgerKind, pledgerName, content, dueDate };
}

export const createPledgeAction = {
  name: "pledge.create",
  permission: "pledges.manage",
  input: PledgeInput,
  async run({ tx, user, input, audit }) {
    const pledge = await tx.pledge.create({ data: { ...(await pledgeData(tx, user, input)), createdById: user.id } });
    await applyPledgeChanges(tx, new Map(), await pledgeStates(tx, { id: pledge.id }));
    audit({ entity: "Pledge", entityId: pledge.id, after: pledge });
    return { id: pledge.id };
  },
} satisfies ActionDefinition<typeof PledgeInput, { id: number }>;

export const updatePledgeAction = {
  name: "pledge.update",
  permission: "pledges.manage",
  input: PledgeUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await findPledgeInScope(tx, user, id);
    const data = await pledgeData(tx, user, input);
    // Its due date and pairing may change: the dashboard's pledge counts move with them.
    const after = await withPledgeAggregates(tx, { id }, () =>
      updateVersioned(tx, "pledge", {
        id,
        version,
        data,
        labels: PLEDGE_LABELS,
        where: { status: { in: [...OPEN] } },
        notInState: () => new UserError("pledges.errors.fulfilledLocked"),
      }),
    );
    audit({ entity: "Pledge", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof PledgeUpdateInput, { id: number }>;

export const startPledgeAction = {
  name: "pledge.start",
  permission: "pledges.manage",
  input: PledgeIdInput,
  async run({ tx, user, input: { id }, audit }) {
    const before = await findPledgeInScope(tx, user, id);
    const { count } = await withPledgeAggregates(tx, { id }, () => tx.pledge.updateMany({ where: { id, status: "PROMISED" }, data: { status: "IN_PROGRESS" } }));
    if (count !== 1) throw new UserError("pledges.errors.notPromised");
    audit({ entity: "Pledge", entityId: id, before, after: await tx.pledge.findUniqueOrThrow({ where: { id } }) });
    return { id };
  },
} satisfies ActionDefinition<typeof PledgeIdInput, { id: number }>;

export const fulfilPledgeAction = {
  name: "pledge.fulfil",
  permission: "pledges.manage",
  input: PledgeFulfilInput,
  prepare: storeUploadedFiles,
  async run({ tx, user, input: { id, fulfilledAt, evidence, files }, audit, afterCommit }) {
    const before = await findPledgeInScope(tx, user, id);
    if (fulfilledAt > startOfShanghaiDay(new Date())) throw new UserError("pledges.validation.futureDate", {}, "fulfilledAt");
    const pairing = await tx.pairing.findUniqueOrThrow({ where: { id: before.pairingId } });
    if (fulfilledAt < pairing.startDate) {
      throw new UserError("pledges.validation.fulfilledBeforeStart", { start: shanghaiDay(pairing.startDate) }, "fulfilledAt");
    }
    const { count } = await withPledgeAggregates(tx, { id }, () =>
      tx.pledge.updateMany({
        where: { id, status: { in: [...OPEN] } },
        // The village is asked to confirm the fulfilment itself.
        data: { status: "FULFILLED", fulfilledAt, evidence, ...CONFIRMATION_RESET },
      }),
    );
    if (count !== 1) throw new UserError("pledges.errors.alreadyFulfilled");
    await saveAttachmentChanges({ tx, afterCommit }, { pledgeId: id }, user.id, { added: files });
    audit({ entity: "Pledge", entityId: id, before, after: await tx.pledge.findUniqueOrThrow({ where: { id } }) });
    return { id };
  },
} satisfies ActionDefinition<typeof PledgeFulfilInput, { id: number }, WithStoredFiles<PledgeFulfilFields>>;

export const reviewPledgeAction = {
  name: "pledge.review",
  permission: "pledges.review",
  input: PledgeReviewInput,
  async run({ tx, user, input: { id, rating, comment }, audit }) {
    const pledge = await findPledgeInScope(tx, user, id);
    if (pledge.status !== "FULFILLED") throw new UserError("pledges.errors.reviewOnlyFulfilled");
    const previous = await tx.pledgeReview.findUnique({ where: { pledgeId: id } });
    const data = { rating, comment, reviewedById: user.id, reviewedAt: new Date() };
    const after = await tx.pledgeReview.upsert({ where: { pledgeId: id }, create: { pledgeId: id, ...data }, update: data });
    audit({ entity: "Pledge", entityId: id, before: previous ?? undefined, after });
    return { id };
  },
} satisfies ActionDefinition<typeof PledgeReviewInput, { id: number }>;

export const confirmPledgeAction = {
  name: "pledge.confirm",
  permission: "pledges.confirm",
  input: ConfirmationInput,
  async run({ tx, user, input: { id, decision, comment }, audit }) {
    const before = await findPledgeInScope(tx, user, id);
    // What the village countersigns is the fulfilment (践诺), so only a fulfilled pledge.
    if (before.status !== "FULFILLED") throw new UserError("pledges.errors.confirmOnlyFulfilled");
    const after = await tx.pledge.update({
      where: { id },
      data: { confirmation: decision, confirmationComment: comment || null, confirmedAt: new Date(), confirmedById: user.id },
    });
    audit({ entity: "Pledge", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof ConfirmationInput, { id: number }>;
