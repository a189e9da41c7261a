// The bulletin as a Word file, for a reader allowed to see it (a leader: published ones only).
// Anything else is the same 404, so the route never tells a stranger that a bulletin exists.
import { parseId } from "@/domain/ids";
import { contentDisposition } from "@/features/attachments/content-disposition";
import { bulletinDocx } from "@/features/bulletins/docx";
import { getBulletin } from "@/features/bulletins/queries";
import { officialDocument } from "@/features/bulletins/render";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = parseId((await params).id);
  if (!user || !can(user.role, "bulletins.read") || id === undefined) return notFound();
  const bulletin = await getBulletin(db, user, id);
  if (!bulletin) return notFound();
  const doc = officialDocument(bulletin);
  const bytes = await bulletinDocx(doc);
  const name = `${doc.masthead}${bulletin.number ? doc.numberLine : "（草稿）"}.docx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": contentDisposition(name, "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}
