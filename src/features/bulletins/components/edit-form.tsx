"use client";
// The texts of a draft: title, issuing office, opening paragraph, next steps, distribution.
// The tables keep the figures of the moment the bulletin was generated.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { updateBulletin } from "../actions";
import type { BulletinTexts } from "../content";

export function EditBulletinForm({ id, version, title, texts }: { id: number; version: number; title: string; texts: BulletinTexts }) {
  const t = useTranslations("bulletins.edit");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { onSubmit, pending, error, fieldError } = useActionForm(updateBulletin, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="edit-form">
      <h2 className="font-semibold">{t("title")}</h2>
      {error && <Alert>{error}</Alert>}
      {saved && !error && <Alert tone="success">{t("saved")}</Alert>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextField label={t("fields.title")} name="title" defaultValue={title} maxLength={100} required error={fieldError("title")} />
      <TextField label={t("fields.issuer")} name="issuer" defaultValue={texts.issuer} maxLength={50} required error={fieldError("issuer")} className="sm:max-w-sm" />
      <TextAreaField label={t("fields.summary")} name="summary" defaultValue={texts.summary} rows={6} maxLength={3000} required hint={t("summaryHint")} error={fieldError("summary")} />
      <TextAreaField label={t("fields.closing")} name="closing" defaultValue={texts.closing} rows={4} maxLength={3000} error={fieldError("closing")} />
      <TextField label={t("fields.distribution")} name="distribution" defaultValue={texts.distribution} maxLength={300} error={fieldError("distribution")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("save")}
      </Button>
    </form>
  );
}
