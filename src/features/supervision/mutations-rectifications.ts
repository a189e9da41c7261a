// 整改 → 销号: the responsible unit's liaison reports what was done, with photos or files; the
// organization department closes the item after checking, or sends it back with a reason. The
// expected status is part of each update's `where`, so two people cannot both succeed.
import { writablePairings } from "@/server/scope";
import { REPORTABLE_STATUSES } from "@/domain/rectification";
import type { ActionDefinition } from "@/server/action-core";
import type { CurrentUser } from "@/server/current-user";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "@/features/attachments";
import { RectificationCloseInput, RectificationReportInput, RectificationReturnInput, type RectificationReportFields } from "./schemas";
import { updateVersioned } from "@/server/versioned-update";

/** The item, if its pairing lies in the user's scope (a liaison: their own unit's); else "not found". */
async function findRectificationInScope(tx: Tx, user: CurrentUser, id: number) {
  const item = await tx.rectification.findFirst({ where: { id, pairing: writablePairings(user) } });
  if (!item) throw new NotFoundError();
  return item;
}

const snapshot = (tx: Tx, id: number) => tx.rectification.findUniqueOrThrow({ where: { id }, include: { attachments: { select: { id: true, fileName: true } } } });

export const reportRectificationAction = {
  name: "rectification.report",
  permission: "rectifications.report",
  input: RectificationReportInput,
  prepare: storeUploadedFiles,
  async run({ tx, user, input, audit, afterCommit }) {
    await findRectificationInScope(tx, user, input.id);
    const before = await snapshot(tx, input.id);
    await updateVersioned(tx, "rectification", {
      id: input.id,
      version: input.version,
      data: { status: "REPORTED", reportText: input.reportText, reportedAt: new Date(), reportedById: user.id },
      labels: { reportText: "supervision.fields.reportText" },
      where: { status: { in: [...REPORTABLE_STATUSES] } },
      notInState: () => new UserError("supervision.errors.notReportable"),
    });
    await saveAttachmentChanges({ tx, afterCommit }, { rectificationId: input.id }, user.id, { added: input.files, removeIds: input.removeAttachment });
    audit({ entity: "Rectification", entityId: input.id, before, after: await snapshot(tx, input.id) });
    return { id: input.id };
  },
} satisfies ActionDefinition<typeof RectificationReportInput, { id: number }, WithStoredFiles<RectificationReportFields>>;

export const closeRectificationAction = {
  name: "rectification.close",
  permission: "supervision.write",
  input: RectificationCloseInput,
  async run({ tx, user, input: { id, closureNote }, audit }) {
    const before = await findRectificationInScope(tx, user, id);
    const { count } = await tx.rectification.updateMany({ where: { id, status: "REPORTED" }, data: { status: "CLOSED", closedAt: new Date(), closureNote, returnReason: null } });
    if (count !== 1) throw new UserError("supervision.errors.notReported");
    audit({ entity: "Rectification", entityId: id, before, after: await tx.rectification.findUniqueOrThrow({ where: { id } }) });
    return { id };
  },
} satisfies ActionDefinition<typeof RectificationCloseInput, { id: number }>;

export const returnRectificationAction = {
  name: "rectification.return",
  permission: "supervision.write",
  input: RectificationReturnInput,
  async run({ tx, user, input: { id, returnReason }, audit }) {
    const before = await findRectificationInScope(tx, user, id);
    const { count } = await tx.rectification.updateMany({ where: { id, status: "REPORTED" }, data: { status: "IN_PROGRESS", returnReason } });
    if (count !== 1) throw new UserError("supervision.errors.notReported");
    audit({ entity: "Rectification", entityId: id, before, after: await tx.rectification.findUniqueOrThrow({ where: { id } }) });
    return { id };
  },
} satisfies ActionDefinition<typeof RectificationReturnInput, { id: number }>;
