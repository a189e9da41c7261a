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
import { type ExaminedPhoto, examinePhoto, type PhotoFacts } from "./photo-facts";
import { ALLOWED_TYPES, type AllowedMime, isImage, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./rules";
import type { UploadedFile } from "./uploaded-file";

export type CheckedUpload = { fileName: string; mimeType: AllowedMime; size: number; bytes: Uint8Array; photo: ExaminedPhoto | null };
/** A stored file as its Attachment row records it: a photo with its facts and its light copies' keys. */
export type StoredUpload = Omit<CheckedUpload, "bytes" | "photo"> &
  Partial<PhotoFacts> & { storageKey: string; thumbKey: string | null; phoneKey: string | null };

/** Every file an attachment row keeps on disk: the original and, for a photo, its light copies. */
export type StoredKeys = { storageKey: string; thumbKey: string | null; phoneKey: string | null };
export const keysOf = (rows: StoredKeys[]) => rows.flatMap((r) => [r.storageKey, r.thumbKey, r.phoneKey].filter((k): k is string => k !== null));

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
 * .exe); a photo must also decode, and is examined (photo-facts.ts). How many a record may keep
 * in all is checked against its rows, in the transaction.
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
    const mimeType = detected.mime as AllowedMime;
    const photo = isImage(mimeType) ? await examinePhoto(bytes, name) : null;
    checked.push({ fileName: name, mimeType, size: bytes.byteLength, bytes, photo });
  }
  return checked;
}

export function tooManyFiles() {
  return new UserError("attachments.errors.tooMany", { max: MAX_ATTACHMENTS }, "files");
}

/** Writes checked files, and a photo's light copies beside it, each under a fresh random key. */
export async function storeUploads(files: CheckedUpload[]): Promise<StoredUpload[]> {
  const written: string[] = [];
  const write = async (bytes: Uint8Array, extension: string) => {
    const key = `${shanghaiMonth(new Date())}/${randomUUID()}.${extension}`;
    const target = storedPath(key);
    await mkdir(/* turbopackIgnore: true */ path.dirname(target), { recursive: true });
    await writeFile(/* turbopackIgnore: true */ target, bytes, { flag: "wx" });
    written.push(key);
    return key;
  };
  const stored: StoredUpload[] = [];
  try {
    for (const { bytes, photo, ...file } of files) {
      const storageKey = await write(bytes, ALLOWED_TYPES[file.mimeType]);
      const thumbKey = photo ? await write(photo.thumb, "webp") : null;
      const phoneKey = photo ? await write(photo.phone, "webp") : null;
      stored.push({ ...file, ...photo?.facts, storageKey, thumbKey, phoneKey });
    }
  } catch (error) {
    await removeStored(written);
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
