"use client";
// Photos and documents for any record that keeps evidence (an activity, a pledge's fulfilment, a
// rectification's report): the ones already attached (untick to delete) and new ones to add. The
// server judges each file by its bytes; the hints here only save the user a round trip.
import { useTranslations } from "next-intl";
import { formatFileSize } from "@/domain/format";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../rules";

type Existing = { id: number; fileName: string };

export function AttachmentsField({ existing, error, label }: { existing: Existing[]; error?: string; label?: string }) {
  const t = useTranslations("attachments");
  const [removed, setRemoved] = useState<number[]>([]);
  const [chosen, setChosen] = useState<{ name: string; size: number }[]>([]);
  const tooBig = chosen.filter((f) => f.size > MAX_ATTACHMENT_BYTES);
  const tooMany = existing.length - removed.length + chosen.length > MAX_ATTACHMENTS;

  return (
    <fieldset className="min-w-0 space-y-2 rounded-md border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-700">{label ?? t("field")}</legend>
      {existing.length > 0 && (
        <div className="space-y-1">
          <p className="text-xs text-stone-500">{t("keep")}</p>
          <ul className="space-y-1">
            {existing.map((a) => (
              <li key={a.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    checked={!removed.includes(a.id)}
                    onChange={(e) => setRemoved((r) => (e.target.checked ? r.filter((x) => x !== a.id) : [...r, a.id]))}
                  />
                  <span className="break-all">{a.fileName}</span>
                </label>
                {removed.includes(a.id) && <input type="hidden" name="removeAttachment" value={a.id} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      <input
        type="file"
        name="files"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-label={label ?? t("field")}
        aria-invalid={error ? true : undefined}
        aria-describedby="files-hint"
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-2 file:py-1`}
        onChange={(e) => setChosen([...(e.target.files ?? [])].map((f) => ({ name: f.name, size: f.size })))}
      />
      <p id="files-hint" className="text-xs text-stone-500">
        {t("hint")}
      </p>
      {chosen.length > 0 && (
        <div className="text-xs text-stone-600">
          {t("chosen", { count: chosen.length })}
          <ul className="list-inside list-disc">
            {chosen.map((f) => (
              <li key={f.name} className={f.size > MAX_ATTACHMENT_BYTES ? "break-all text-red-700" : "break-all"}>
                {t("chosenFile", { name: f.name, size: formatFileSize(f.size) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(tooBig.length > 0 || tooMany) && !error && (
        <p className="text-sm text-amber-800">{tooMany ? t("errors.tooMany", { max: MAX_ATTACHMENTS }) : t("errors.tooLarge", { name: tooBig[0].name, max: 10 })}</p>
      )}
      {error && (
        <div className="text-sm text-red-700" role="alert">
          <p data-testid="field-error">{error}</p>
          <p>{t("repick")}</p>
        </div>
      )}
    </fieldset>
  );
}
