import { lightUrl } from "@/features/attachments";
import type { Block } from "./document";

/** Where the screen and the print view load a highlight's photo: its phone-sized light copy. */
export function lightUrlOf(b: Extract<Block, { kind: "photo" }>): string | null {
  if (b.attachmentId === null) return null;
  return lightUrl({ id: b.attachmentId, mimeType: b.mimeType, phoneKey: b.phoneKey, thumbKey: b.thumbKey }, "phone");
}
