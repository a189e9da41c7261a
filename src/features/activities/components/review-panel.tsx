"use client";
// The organization department's review of a submitted activity: verify it, or return it with a
// reason the liaison will read.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { returnActivity, verifyActivity } from "../actions";

export function ReviewPanel({ id }: { id: number }) {
  const t = useTranslations("activities.actions");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(returnActivity, () => router.refresh());
  return (
    <section aria-labelledby="review-title" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="review-panel">
      <h2 id="review-title" className="font-semibold">
        {t("reviewTitle")}
      </h2>
      <ConfirmButton
        variant="primary"
        label={t("verify")}
        title={t("verifyTitle")}
        message={t("verifyMessage")}
        confirmLabel={t("verify")}
        run={() => verifyActivity({ id })}
        onDone={() => router.refresh()}
      />
      <form onSubmit={onSubmit} noValidate className="space-y-2 border-t border-amber-200 pt-3">
        {error && <Alert>{error}</Alert>}
        <input type="hidden" name="id" value={id} />
        <TextAreaField label={t("returnReasonLabel")} name="reason" required maxLength={500} hint={t("returnReasonHint")} error={fieldError("reason")} />
        <Button type="submit" variant="danger" disabled={pending}>
          {t("return")}
        </Button>
      </form>
    </section>
  );
}
