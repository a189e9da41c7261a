"use client";
// 加减分: the organization department moves a computed score by up to 20 points, always with a reason.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { adjustScore } from "../actions";

type Props = { campaignId: number; year: number; subject: "unit" | "village"; id: number; adjustment: number; reason: string | null };

export function AdjustForm({ campaignId, year, subject, id, adjustment, reason }: Props) {
  const t = useTranslations("assessments");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(adjustScore, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="adjust-form">
      <h2 className="font-semibold">{t("actions.adjust")}</h2>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="id" value={id} />
      <TextField label={t("fields.adjustment")} name="adjustment" inputMode="decimal" defaultValue={adjustment} required hint={t("fields.adjustmentHint")} error={fieldError("adjustment")} className="max-w-48" />
      <TextAreaField label={t("fields.reason")} name="reason" defaultValue={reason ?? ""} maxLength={500} required hint={t("fields.reasonHint")} error={fieldError("reason")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("actions.saveAdjustment")}
      </Button>
    </form>
  );
}
