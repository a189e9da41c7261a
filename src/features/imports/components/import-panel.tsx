"use client";
// Upload → preview → (fix and upload again) → commit. The file stays in the browser between the
// steps and is sent again to commit, with the checksum the preview showed, so what is committed
// is exactly what was previewed. XHR rather than fetch: it reports the upload's progress, and
// the server's progress lines as they stream in.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CommitResult, Preview } from "../mutations";

type Step = "read" | "check" | "write";
type Status =
  | { phase: "idle" }
  | { phase: "upload"; percent: number }
  | { phase: "work"; step: Step; done: number; total: number }
  | { phase: "preview"; preview: Preview }
  | { phase: "committed"; result: CommitResult };

const SHOWN_REJECTED = 100;

type Line = { progress?: { step: Step; done: number; total: number }; preview?: Preview; committed?: CommitResult; error?: string };

export function ImportPanel({ kind, listHref }: { kind: string; listHref: string }) {
  const t = useTranslations("imports");
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<Status>({ phase: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function send(mode: "preview" | "commit", extra: Record<string, string> = {}) {
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t("file"));
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    setError(null);
    setBusy(true);
    setStatus({ phase: "upload", percent: 0 });
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) return;
      for (const raw of text.slice(seen, end).split("\n")) {
        if (!raw.trim()) continue;
        const line = JSON.parse(raw) as Line;
        if (line.progress) setStatus({ phase: "work", ...line.progress });
        if (line.preview) setStatus({ phase: "preview", preview: line.preview });
        if (line.committed) setStatus({ phase: "committed", result: line.committed });
        if (line.error) {
          setError(line.error);
          setStatus((s) => (s.phase === "work" || s.phase === "upload" ? { phase: "idle" } : s));
        }
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => e.lengthComputable && setStatus({ phase: "upload", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.status >= 400) {
        setError(safeError(xhr.responseText) ?? t("failed"));
        setStatus({ phase: "idle" });
      } else readLines();
      setBusy(false);
    };
    xhr.onerror = () => {
      setError(t("failed"));
      setStatus({ phase: "idle" });
      setBusy(false);
    };
    xhr.open("POST", `/api/imports/${kind}`);
    xhr.send(form);
  }

  async function downloadRejected() {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    form.set("mode", "rejected");
    const response = await fetch(`/api/imports/${kind}`, { method: "POST", body: form });
    if (!response.ok) return setError(safeError(await response.text()) ?? t("failed"));
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `${file.name.replace(/\.[^.]*$/, "")}-有错误的行.xlsx`;
    link.click();
    URL.revokeObjectURL(url);
  }

  const preview = status.phase === "preview" ? status.preview : null;
  const toWrite = preview ? preview.created + preview.updated : 0;

  return (
    <div className="space-y-4">
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <label className="block text-sm font-medium text-stone-800" htmlFor="import-file">
          {t("file")}
        </label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
          onChange={() => (setStatus({ phase: "idle" }), setError(null))}
        />
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => send("preview")} disabled={busy} data-testid="import-preview">
            {t("preview")}
          </Button>
        </div>
      </div>

      {error && <Alert>{error}</Alert>}
      <ProgressLine status={status} />

      {preview && (
        <section className="space-y-3" data-testid="import-summary" aria-live="polite">
          <p className="text-sm text-stone-600">{t("summary.file", { name: preview.fileName, rows: preview.rows })}</p>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {(["created", "updated", "unchanged"] as const).map((k) => (
              <Stat key={k} label={t(`summary.${k}`)} value={preview[k]} testId={`import-${k}`} />
            ))}
            <Stat label={t("summary.rejected")} value={preview.rejected.length} testId="import-rejected" warn={preview.rejected.length > 0} />
          </dl>
          {preview.rejected.length === 0 ? (
            <Alert tone="success">{toWrite > 0 ? t("allValid") : t("nothingToDo")}</Alert>
          ) : (
            <RejectedTable preview={preview} onDownload={downloadRejected} />
          )}
          {toWrite > 0 && (
            <>
              <Button variant="primary" onClick={() => dialog.current?.showModal()} disabled={busy} data-testid="import-commit">
                {preview.rejected.length > 0 ? t("commitSkipping", { count: toWrite, rejected: preview.rejected.length }) : t("commit")}
              </Button>
              <dialog ref={dialog} aria-labelledby="import-confirm-title" className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
                <div className="space-y-3 p-5">
                  <h2 id="import-confirm-title" className="text-lg font-semibold">
                    {t("commitConfirmTitle")}
                  </h2>
                  <p className="text-sm text-stone-700">{t("commitConfirm", { created: preview.created, updated: preview.updated })}</p>
                  {preview.rejected.length > 0 && <p className="text-sm text-amber-800">{t("commitSkipConfirm", { rejected: preview.rejected.length })}</p>}
                  <div className="flex justify-end gap-2 pt-2">
                    <Button variant="secondary" onClick={() => dialog.current?.close()}>
                      {t("cancel")}
                    </Button>
                    <Button
                      variant="primary"
                      data-testid="confirm-action"
                      onClick={() => {
                        dialog.current?.close();
                        send("commit", { checksum: preview.checksum, ...(preview.rejected.length > 0 ? { skipRejected: "on" } : {}) });
                      }}
                    >
                      {t("commit")}
                    </Button>
                  </div>
                </div>
              </dialog>
            </>
          )}
        </section>
      )}

      {status.phase === "committed" && (
        <Alert tone="success">
          {t("done", { created: status.result.created, updated: status.result.updated, skipped: status.result.skipped })}{" "}
          <a className="font-medium underline" href={listHref}>
            {t(`kinds.${kind}`)}
          </a>
        </Alert>
      )}
    </div>
  );
}

function ProgressLine({ status }: { status: Status }) {
  const t = useTranslations("imports");
  if (status.phase !== "upload" && status.phase !== "work") return null;
  const percent = status.phase === "upload" ? status.percent : status.total > 0 ? Math.round((status.done / status.total) * 100) : 0;
  const label = status.phase === "upload" ? t("phase.upload") : t(`phase.${status.step}`, { done: status.done, total: status.total });
  return (
    <div className="space-y-1" data-testid="import-progress">
      <p className="text-sm text-stone-700">{label}</p>
      <progress className="h-2 w-full" max={100} value={percent} aria-label={label} />
    </div>
  );
}

function Stat({ label, value, testId, warn }: { label: string; value: number; testId: string; warn?: boolean }) {
  return (
    <div className={`rounded-lg border p-3 ${warn ? "border-red-200 bg-red-50" : "border-stone-200 bg-white"}`}>
      <dt className="text-xs text-stone-500">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function RejectedTable({ preview, onDownload }: { preview: Preview; onDownload: () => void }) {
  const t = useTranslations("imports");
  const shown = preview.rejected.slice(0, SHOWN_REJECTED);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{t("rejectedTitle")}</h2>
        <Button variant="secondary" onClick={onDownload} data-testid="import-download-rejected">
          {t("downloadRejected")}
        </Button>
      </div>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm" data-testid="import-rejected-rows">
          <caption className="sr-only">{t("rejectedTitle")}</caption>
          <thead className="bg-stone-50 text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">{t("row")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">{t("column")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("message")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {shown.flatMap((r) =>
              r.errors.map((e, i) => (
                <tr key={`${r.row}-${i}`}>
                  <td className="px-3 py-2 tabular-nums">{i === 0 ? r.row : ""}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{e.column}</td>
                  <td className="px-3 py-2">{e.message}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {preview.rejected.length > shown.length && <p className="text-sm text-stone-600">{t("rejectedMore", { shown: shown.length, total: preview.rejected.length })}</p>}
    </div>
  );
}

function safeError(text: string): string | null {
  try {
    return (JSON.parse(text) as { error?: string }).error ?? null;
  } catch {
    return null;
  }
}
