import "server-only";
// The import's URLs: a kind's template (GET) and an upload (POST) to preview, commit or get back
// the rejected rows. Preview and commit answer as a stream of JSON lines — how far the work is,
// then the result — so a 20,000-row file shows its progress. The commit runs on the one mutation
// path (executeAction) like any server action; every answer checks the session and the role.
import { getLocale } from "next-intl/server";
import { resolveLocale } from "@/i18n/config";
import { translatorFor, type Translate } from "@/i18n/translator";
import { executeAction } from "@/server/action-core";
import { db } from "@/server/db";
import { UserError } from "@/server/errors";
import { can } from "@/server/permissions";
import { getCurrentUser, getSessionClaims } from "@/server/session";
import { contentDisposition } from "@/features/attachments";
import { IMPORT_KINDS, type ImportKindName, type Progress } from "./kind";
import { importCommitAction, importKind, previewImport, readUpload } from "./mutations";
import { rejectedWorkbook, templateWorkbook, XLSX_TYPE } from "./workbooks";

function kindOf(value: string): ImportKindName | undefined {
  return IMPORT_KINDS.find((k) => k === value);
}

export async function templateResponse(kindName: string): Promise<Response> {
  const user = await getCurrentUser();
  const name = kindOf(kindName);
  if (!user || !name || !can(user.role, importKind(name).permission)) return new Response("Not found", { status: 404 });
  const t = translatorFor("zh-CN");
  const title = t(`imports.kinds.${name}`);
  const bytes = await templateWorkbook(await importKind(name).columns(db), title);
  return fileResponse(bytes, `${title}导入模板.xlsx`);
}

export async function uploadResponse(request: Request, kindName: string): Promise<Response> {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  const name = kindOf(kindName);
  if (!user || !name) return new Response("Not found", { status: 404 });
  // Refused before the upload is read: a role that may not import learns nothing from the file's checks.
  if (!can(user.role, importKind(name).permission)) return new Response("Forbidden", { status: 403 });
  const t = translatorFor(resolveLocale(locale));
  const form = await request.formData();
  const file = form.get("file");
  const mode = form.get("mode");
  if (!(file instanceof File) || file.size === 0) return Response.json({ error: t("validation.required") }, { status: 400 });
  if (mode === "rejected") return rejectedResponse(name, file, t);
  return streamed(async (progress) => {
    if (mode === "commit") {
      const result = await executeAction(importCommitAction(name, progress), { db, claims: await getSessionClaims(), locale: resolveLocale(locale) }, form);
      return result.ok ? { committed: result.data } : { error: result.error };
    }
    return { preview: await previewImport(db, user, name, file, t, progress) };
  }, t);
}

async function rejectedResponse(name: ImportKindName, file: File, t: Translate): Promise<Response> {
  const user = await getCurrentUser();
  const kind = importKind(name);
  if (!user || !can(user.role, kind.permission)) return new Response("Forbidden", { status: 403 });
  try {
    const read = await readUpload(kind, file, () => {});
    const plan = await kind.check({ db, user, table: read.table, columns: await kind.columns(db), progress: () => {} });
    const rows = plan.rejected.map((r) => ({ cells: r.cells, errors: r.errors.map((e) => `${e.column}：${t(e.key, e.params)}`).join("；") }));
    const bytes = await rejectedWorkbook(read.table.headers, rows, t("imports.errorColumn"));
    return fileResponse(bytes, `${file.name.replace(/\.[^.]*$/, "")}-有错误的行.xlsx`);
  } catch (error) {
    if (error instanceof UserError) return Response.json({ error: t(error.messageKey, error.params) }, { status: 400 });
    throw error;
  }
}

/** Runs `work`, sending its progress (at most every 200 ms) and then its result as JSON lines. */
function streamed(work: (progress: Progress) => Promise<Record<string, unknown>>, t: Translate): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
      let last = 0;
      const progress: Progress = (step, done, total) => {
        const now = Date.now();
        if (now - last < 200 && done < total) return;
        last = now;
        send({ progress: { step, done, total } });
      };
      try {
        send(await work(progress));
      } catch (error) {
        if (error instanceof UserError) send({ error: t(error.messageKey, error.params) });
        else {
          console.error("[imports] upload failed", error);
          send({ error: t("imports.failed") });
        }
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

export function fileResponse(bytes: Buffer, fileName: string, type = XLSX_TYPE): Response {
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": type, "Content-Disposition": contentDisposition(fileName, "attachment"), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
