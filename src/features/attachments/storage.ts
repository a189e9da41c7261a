import "server-only";
// Attachment files on disk, under UPLOAD_DIR (server/env.ts; default data/uploads), outside the public folder:
// only /api/attachments/[id] serves them, after checking who asks. Stored names are random, so a
// file's original name never reaches the file system.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { env } from "@/server/env";
import { UserError } from "@/server/errors";
import { shanghaiMonth } from "@/lib/dates";
import { ALLOWED_TYPES, type AllowedMime, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./rules";
import type { UploadedFile } from "./uploaded-file";

export type CheckedUpload = { fileName: string; mimeType: AllowedMime; size: number; bytes: Uint8Array };
export type StoredUpload = Omit<CheckedUpload, "bytes"> & { storageKey: string };

const STORAGE_KEY = /^\d{4}-\d{2}\/[0-9a-f-]{36}\.(jpg|png|webp|pdf)$/;

// The turbopackIgnore comments keep the build from tracing the upload folder into the server
// bundle: its files are runtime data, never part of the app.
function uploadDir(): string {
  return path.resolve(/* turbopackIgnore: true */ env().UPLOAD_DIR);
}

function storedPath(storageKey: string): string {
  return path.join(/* turbopackIgnore: true */ uploadDir(), storageKey);
}

/**
 * Reads each file and checks its size and its real type (from the bytes: a renamed .exe stays an
 * .exe). How many an activity may keep in all is checked against its rows, in the transaction.
 */
export async function checkUploads(files: UploadedFile[]): Promise<CheckedUpload[]> {
  if (files.length > MAX_ATTACHMENTS) throw tooManyFiles();
  const checked: CheckedUpload[] = [];
  for (const file of files) {
    const name = cleanFileName(file.name);
    if (file.size > MAX_ATTACHMENT_BYTES) throw new UserError("attachments.errors.tooLarge", { name, max: 10 }, "files");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = await fileTypeFromBuffer(bytes);
    if (!detected || !(detected.mime in ALLOWED_TYPES)) throw new UserError("attachments.errors.badType", { name }, "files");
    checked.push({ fileName: name, mimeType: detected.mime as AllowedMime, size: bytes.byteLength, bytes });
  }
  return checked;
}

export function tooManyFiles() {
  return new UserError("attachments.errors.tooMany", { max: MAX_ATTACHMENTS }, "files");
}

/** Writes checked files under fresh random keys. */
export async function storeUploads(files: CheckedUpload[]): Promise<StoredUpload[]> {
  const stored: StoredUpload[] = [];
  try {
    for (const { bytes, ...file } of files) {
      const storageKey = `${shanghaiMonth(new Date())}/${randomUUID()}.${ALLOWED_TYPES[file.mimeType]}`;
      const target = storedPath(storageKey);
      await mkdir(/* turbopackIgnore: true */ path.dirname(target), { recursive: true });
      await writeFile(/* turbopackIgnore: true */ target, bytes, { flag: "wx" });
      stored.push({ ...file, storageKey });
    }
  } catch (error) {
    await removeStored(stored.map((s) => s.storageKey));
    throw error;
  }
  return stored;
}

/** The stored bytes, or null when the key is malformed or the file is gone. */
export async function readStored(storageKey: string): Promise<Buffer | null> {
  if (!STORAGE_KEY.test(storageKey)) return null;
  try {
    return await readFile(/* turbopackIgnore: true */ storedPath(storageKey));
  } catch {
    return null;
  }
}

/** Best effort: a file that cannot be removed is only wasted space, never a broken record. */
export async function removeStored(storageKeys: string[]): Promise<void> {
  for (const key of storageKeys) {
    if (STORAGE_KEY.test(key)) await rm(/* turbopackIgnore: true */ storedPath(key), { force: true }).catch(() => undefined);
  }
}

/** The name as shown and offered for download: no folders, no control characters, not too long. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (clean || "file").slice(-120);
}
