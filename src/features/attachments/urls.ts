// Where the browser loads an attachment from: the original, or one of a photo's light copies.
// A light copy's URL carries a tag of its storage key, and the bytes under a key never change, so
// the browser may keep it for good (the route says so only when the tag matches); if a copy were
// ever made anew, its new key gives it a new URL.
import { isImage } from "./rules";

export const LIGHT_SIZES = ["thumb", "phone"] as const;
export type LightSize = (typeof LIGHT_SIZES)[number];

type Served = { id: number; mimeType: string; thumbKey?: string | null; phoneKey?: string | null };

/** The tag of a stored key in its URL: the first part of its random name. */
export const keyTag = (key: string) => key.split("/").pop()!.slice(0, 8);

/** The original, as uploaded (EXIF and all): for downloading and full-size viewing by its readers. */
export const originalUrl = (file: Pick<Served, "id">, download = false) => `/api/attachments/${file.id}${download ? "?download=1" : ""}`;

/** The light copy of a photo for lists and phones; the original for a photo that has none yet. */
export function lightUrl(file: Served, size: LightSize): string {
  const key = size === "thumb" ? file.thumbKey : file.phoneKey;
  if (!isImage(file.mimeType) || !key) return originalUrl(file);
  return `/api/attachments/${file.id}?size=${size}&v=${keyTag(key)}`;
}
