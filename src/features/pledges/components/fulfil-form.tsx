"use client";
// 践诺: the liaison records when and how the pledge was kept, with photos or files; the village then confirms it.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { AttachmentsField } from "@/features/attachments/client";
import { fulfilPledge } from "../actions";

export function FulfilForm({ id, today }: { id: number; today: string }) {
  const t = useTranslations("pledges");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(fulfilPledge, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" className="space-y-3 rounded-lg border border-green-200 bg-green-50/40 p-4" data-testid="fulfil-form">
      <h2 className="font-semibold">{t("actions.fulfilTitle")}</h2>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="id" value={id} />
      <TextField label={t("fields.fulfilledAt")} name="fulfilledAt" type="date" max={today} defaultValue={today} required error={fieldError("fulfilledAt")} />
      <TextAreaField label={t("fields.evidence")} name="evidence" required maxLength={1000} hint={t("hints.evidence")} error={fieldError("evidence")} />
      <AttachmentsField existing={[]} label={t("fields.evidenceFiles")} error={fieldError("files")} />
      <Button type="submit" disabled={pending}>
        {t("actions.fulfil")}
      </Button>
    </form>
  );
}
