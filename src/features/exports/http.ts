import "server-only";
// The export URL of every list: /api/exports/<list>?format=xlsx|csv plus the list page's own
// query string. Signed-in users holding the list's permission get the rows the page would show
// them (its scope is part of the list's where); anyone else gets 404.
import { todayInShanghai } from "@/domain/days";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser } from "@/server/session";
import type { SearchParams } from "@/lib/list-params";
import { contentDisposition } from "@/features/attachments";
import { EXPORT_LISTS, LIST_EXPORTS } from "./lists";
import { type ExportFormat, sheetStream } from "./sheet-writer";

const TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export async function exportResponse(request: Request, listName: string): Promise<Response> {
  const user = await getCurrentUser();
  const name = EXPORT_LISTS.find((l) => l === listName);
  if (!user || !name || !can(user.role, LIST_EXPORTS[name].permission)) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const url = new URL(request.url);
  const format: ExportFormat = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  const list = LIST_EXPORTS[name];
  const sheet = await list.sheet(db, user, params);
  return streamedFile(sheetStream(format, [sheet]), `${list.title}-${todayInShanghai()}.${format}`, TYPES[format]);
}

export function streamedFile(body: ReadableStream<Uint8Array>, fileName: string, type = TYPES.xlsx): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": contentDisposition(fileName, "attachment"), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
