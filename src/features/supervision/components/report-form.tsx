"use client";
// 整改情况: the responsible unit's liaison says what was done and attaches photos or files.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { AttachmentsField } from "@/features/attachments/client";
import { reportRectification } from "../actions";

type Props = { id: number; version: number; reportText: string | null; attachments: { id: number; fileName: string }[]; again: boolean };

export function ReportForm({ id, version, reportText, attachments, again }: Props) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(reportRectification, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" className="space-y-3 rounded-lg border border-green-200 bg-green-50/40 p-4" data-testid="report-form">
      <h2 className="font-semibold">{again ? t("rectifications.reportAgain") : t("rectifications.report")}</h2>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField label={t("fields.reportText")} name="reportText" defaultValue={reportText ?? ""} required maxLength={2000} rows={5} hint={t("hints.reportText")} error={fieldError("reportText")} />
      <AttachmentsField existing={attachments} label={t("fields.evidence")} error={fieldError("files")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("rectifications.reportSubmit")}
      </Button>
    </form>
  );
}
