import "server-only";
// A record's attachments on the action path — an activity's photos, a pledge's or a
// rectification's evidence. The files are checked and written before the transaction opens (the
// action's `prepare`), so the write lock is never held while megabytes are read and written; the
// rows follow in the transaction. A written file is removed again when the change does not commit,
// and a removed attachment's file only once its row is gone for good.
import type { ActionContext, PrepareContext } from "@/server/action-core";
import { MAX_ATTACHMENTS } from "./rules";
import { checkUploads, keysOf, removeStored, type StoredUpload, storeUploads, tooManyFiles } from "./storage";
import type { UploadedFile } from "./uploaded-file";

/** The one record an attachment belongs to. */
export type AttachmentOwner = { activityId: number } | { pledgeId: number } | { rectificationId: number };

/** The action's input with its uploaded files replaced by the stored copies. */
export type WithStoredFiles<I extends { files: UploadedFile[] }> = Omit<I, "files"> & { files: StoredUpload[] };

/** An action's `prepare` for inputs that carry files. */
export async function storeUploadedFiles<I extends { files: UploadedFile[] }>({ input, onRollback }: PrepareContext<I>): Promise<WithStoredFiles<I>> {
  const stored = await storeUploads(await checkUploads(input.files));
  onRollback(() => removeStored(keysOf(stored)));
  return { ...input, files: stored };
}

const STORED_KEYS = { storageKey: true, thumbKey: true, phoneKey: true } as const;

type Effects = Pick<ActionContext<unknown>, "tx" | "afterCommit">;

/**
 * Adds the stored files to the record and removes its attachments named in `removeIds` (ids of
 * other records' attachments are ignored). Refuses more than MAX_ATTACHMENTS in all.
 */
export async function saveAttachmentChanges(
  { tx, afterCommit }: Effects,
  owner: AttachmentOwner,
  uploadedById: number,
  changes: { added: StoredUpload[]; removeIds?: number[] },
) {
  const existing = await tx.attachment.findMany({ where: owner, select: { id: true, ...STORED_KEYS } });
  const removed = existing.filter((a) => changes.removeIds?.includes(a.id));
  if (existing.length - removed.length + changes.added.length > MAX_ATTACHMENTS) throw tooManyFiles();
  if (removed.length > 0) await tx.attachment.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  if (changes.added.length > 0) await tx.attachment.createMany({ data: changes.added.map((s) => ({ ...s, ...owner, uploadedById })) });
  afterCommit(() => removeStored(keysOf(removed)));
}

/** Before deleting a record: its files are removed from disk once the deletion has committed. */
export async function removeFilesAfterCommit({ tx, afterCommit }: Effects, owner: AttachmentOwner) {
  const files = await tx.attachment.findMany({ where: owner, select: STORED_KEYS });
  afterCommit(() => removeStored(keysOf(files)));
}
