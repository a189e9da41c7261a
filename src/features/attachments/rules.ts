// What may be attached to an activity: photos and PDF documents, judged by their bytes.
export const MAX_ATTACHMENTS = 9;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Detected MIME type → the extension its stored copy gets. */
export const ALLOWED_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
} as const;

export type AllowedMime = keyof typeof ALLOWED_TYPES;

/** For the file picker only (a hint to the browser); the server decides from the bytes. */
export const ACCEPT_ATTRIBUTE = ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf";

export function isImage(mimeType: string) {
  return mimeType.startsWith("image/");
}

/** The same rule as a `where` on attachments: the photos. */
export const imageWhere = { mimeType: { startsWith: "image/" } } as const;
