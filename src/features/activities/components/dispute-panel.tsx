"use client";
// The organization department's answer to a village's dispute: uphold the record with a note, or
// return the activity to its liaison with the note as the reason (out of the figures until verified again).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { resolveDispute } from "../actions";

export function DisputePanel({ id, verified }: { id: number; verified: boolean }) {
  const t = useTranslations("activities.dispute");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(resolveDispute, () => router.refresh());
  return (
    <section aria-labelledby="dispute-title" className="space-y-3 rounded-lg border border-red-200 bg-red-50/40 p-4" data-testid="dispute-panel">
      <h2 id="dispute-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{verified ? t("introVerified") : t("introSubmitted")}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-2">
        {error && <Alert>{error}</Alert>}
        <input type="hidden" name="id" value={id} />
        <TextAreaField label={t("noteLabel")} name="note" required maxLength={500} hint={t("noteHint")} error={fieldError("note")} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="outcome" value="UPHOLD" disabled={pending}>
            {t("uphold")}
          </Button>
          <Button type="submit" name="outcome" value="RETURN" variant="danger" disabled={pending}>
            {t("return")}
          </Button>
        </div>
      </form>
    </section>
  );
}
