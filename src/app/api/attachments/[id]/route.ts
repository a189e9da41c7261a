// Serves an activity's attachment to a signed-in reader who may see that activity's pairing.
// Anything else — no session, another unit's activity, a missing file — is the same 404, so the
// route never tells a stranger that a file exists. It only reads; nothing is written here.
import { parseId } from "@/domain/ids";
import { contentDisposition } from "@/features/attachments/content-disposition";
import { findReadableAttachment } from "@/features/attachments/queries";
import { readStored } from "@/features/attachments/storage";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = parseId((await params).id);
  if (!user || !can(user.role, "activities.read") || id === undefined) return notFound();
  const attachment = await findReadableAttachment(db, user, id);
  const bytes = attachment && (await readStored(attachment.storageKey));
  if (!attachment || !bytes) return notFound();
  const download = new URL(request.url).searchParams.get("download") === "1";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(attachment.fileName, download ? "attachment" : "inline"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}
