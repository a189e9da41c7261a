// Serves an attachment to a signed-in reader who may see the record it belongs to: the original
// (?download=1 to save it), or a photo's light copy (?size=thumb|phone, WebP without EXIF).
// Anything else — no session, another unit's activity, a missing file — is the same 404, so the
// route never tells a stranger that a file exists. It only reads; nothing is written here.
import { parseId } from "@/domain/ids";
import { contentDisposition } from "@/features/attachments/content-disposition";
import { findReadableAttachment } from "@/features/attachments/queries";
import { readStored } from "@/features/attachments/storage";
import { keyTag, LIGHT_SIZES, type LightSize } from "@/features/attachments/urls";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = parseId((await params).id);
  if (!user || !can(user.role, "activities.read") || id === undefined) return notFound();
  const attachment = await findReadableAttachment(db, user, id);
  if (!attachment) return notFound();
  const query = new URL(request.url).searchParams;
  const size = LIGHT_SIZES.find((s) => s === query.get("size"));
  const lightKey = size && lightKeyOf(attachment, size);
  if (lightKey) {
    const bytes = await readStored(lightKey);
    if (!bytes) return notFound();
    // Kept by the reader's own browser only (private), for good when the URL names this very copy.
    const cache = query.get("v") === keyTag(lightKey) ? "private, max-age=31536000, immutable" : "private, no-cache";
    return file(bytes, "image/webp", contentDisposition(attachment.fileName.replace(/\.[^.]*$/, "") + ".webp", "inline"), cache);
  }
  const bytes = await readStored(attachment.storageKey);
  if (!bytes) return notFound();
  const download = query.get("download") === "1";
  return file(bytes, attachment.mimeType, contentDisposition(attachment.fileName, download ? "attachment" : "inline"), "private, no-store");
}

function lightKeyOf(attachment: { thumbKey: string | null; phoneKey: string | null }, size: LightSize) {
  return size === "thumb" ? attachment.thumbKey : attachment.phoneKey;
}

function file(bytes: Buffer, type: string, disposition: string, cache: string) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": disposition,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cache,
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}
