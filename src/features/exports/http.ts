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
import { ledgerSheets, outcomeSheet } from "./reports";
import { type ExportFormat, sheetStream } from "./sheet-writer";

const TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export async function exportResponse(request: Request, listName: string): Promise<Response> {
  const user = await getCurrentUser();
  const name = EXPORT_LISTS.find((l) => l === listName);
  if (!user || !name || !can(user.role, LIST_EXPORTS[name].permission)) return notFound();
  const params = paramsOf(request);
  const format: ExportFormat = params.format?.[0] === "csv" ? "csv" : "xlsx";
  const list = LIST_EXPORTS[name];
  const sheet = await list.sheet(db, user, params);
  return streamedFile(sheetStream(format, [sheet]), `${list.title}-${todayInShanghai()}.${format}`, TYPES[format]);
}

export function streamedFile(body: ReadableStream<Uint8Array>, fileName: string, type = TYPES.xlsx): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": contentDisposition(fileName, "attachment"), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** A pairing's ledger as one workbook, for a reader who may see the pairing. */
export async function ledgerResponse(id: number | undefined): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || id === undefined || !can(user.role, "pairings.read")) return notFound();
  const ledger = await ledgerSheets(db, user, id);
  if (!ledger) return notFound();
  return streamedFile(sheetStream("xlsx", ledger.sheets), `${ledger.title}.xlsx`);
}

/** The dashboard's outcome table for the viewer's filter (the dashboard's own query string). */
export async function outcomesResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "dashboard.read")) return notFound();
  const { title, sheet } = await outcomeSheet(user, paramsOf(request));
  return streamedFile(sheetStream("xlsx", [sheet]), `${title}.xlsx`);
}

function paramsOf(request: Request): SearchParams {
  const url = new URL(request.url);
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  return params;
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
