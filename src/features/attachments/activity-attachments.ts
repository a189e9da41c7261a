import "server-only";
// Adding and removing an activity's attachments inside the action's transaction. Files are checked
// before anything is written, written last (so a refused save leaves no file behind, and a failed
// commit removes them again), and removed files are deleted from disk after the commit.
import type { ActionContext } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { checkUploads, type CheckedUpload, removeStored, storeUploads } from "./storage";
import type { UploadedFile } from "./uploaded-file";

export type AttachmentChanges = { removed: { id: number; storageKey: string }[]; added: CheckedUpload[] };

/** Checks the new files against what the activity keeps; `removeIds` outside the activity are ignored. */
export async function prepareAttachmentChanges(
  tx: Tx,
  activityId: number | null,
  files: UploadedFile[],
  removeIds: number[] = [],
): Promise<AttachmentChanges> {
  const existing = activityId ? await tx.attachment.findMany({ where: { activityId }, select: { id: true, storageKey: true } }) : [];
  const removed = existing.filter((a) => removeIds.includes(a.id));
  const added = await checkUploads(files, existing.length - removed.length);
  return { removed, added };
}

type Effects = Pick<ActionContext<unknown>, "tx" | "afterCommit" | "onRollback">;

/**
 * Writes the new files and rows. A written file is removed again if the transaction does not
 * commit; a removed attachment's file is deleted only once its row is gone for good.
 */
export async function commitAttachmentChanges({ tx, afterCommit, onRollback }: Effects, activityId: number, uploadedById: number, changes: AttachmentChanges) {
  if (changes.removed.length > 0) await tx.attachment.deleteMany({ where: { id: { in: changes.removed.map((r) => r.id) } } });
  const stored = await storeUploads(changes.added);
  onRollback(() => removeStored(stored.map((s) => s.storageKey)));
  if (stored.length > 0) await tx.attachment.createMany({ data: stored.map((s) => ({ ...s, activityId, uploadedById })) });
  afterCommit(() => removeStored(changes.removed.map((r) => r.storageKey)));
}
