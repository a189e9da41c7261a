import "server-only";
// Adding and removing an activity's attachments inside the action's transaction. Files are checked
// before anything is written, written last (so a refused save leaves no file behind), and removed
// files are deleted from disk once their rows are gone.
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

export async function commitAttachmentChanges(tx: Tx, activityId: number, uploadedById: number, changes: AttachmentChanges) {
  if (changes.removed.length > 0) await tx.attachment.deleteMany({ where: { id: { in: changes.removed.map((r) => r.id) } } });
  const stored = await storeUploads(changes.added);
  try {
    if (stored.length > 0) await tx.attachment.createMany({ data: stored.map((s) => ({ ...s, activityId, uploadedById })) });
  } catch (error) {
    await removeStored(stored.map((s) => s.storageKey));
    throw error;
  }
  await removeStored(changes.removed.map((r) => r.storageKey));
}
