// What may be attached to an activity: photos and PDF documents, judged by their bytes.
export const MAX_ATTACHMENTS = 9;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/**
 * The largest request the server reads: the most files a form may carry at their largest, plus room
 * for the form's text and the multipart framing. next.config.ts gives this one figure to both of
 * Next.js's own limits (the proxy's copy of the body and the server action's), so the app's checks
 * above — per file, per form — always run and answer; a larger request is refused whole (413).
 */
export const MAX_REQUEST_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 2 * 1024 * 1024;

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
