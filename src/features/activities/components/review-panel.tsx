"use client";
// The organization department's review of a submitted activity: verify it, or return it with a
// reason the liaison will read. An activity with evidence warnings is verified with a note saying
// why it counts all the same (the warnings refuse nothing; the decision is the reviewer's).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { returnActivity, verifyActivity } from "../actions";

export function ReviewPanel({ id, warnings }: { id: number; warnings: number }) {
  const t = useTranslations("activities.actions");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(returnActivity, () => router.refresh());
  const verify = useActionForm(verifyActivity, () => router.refresh());
  return (
    <section aria-labelledby="review-title" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="review-panel">
      <h2 id="review-title" className="font-semibold">
        {t("reviewTitle")}
      </h2>
      {warnings > 0 ? (
        <form onSubmit={verify.onSubmit} noValidate className="space-y-2" data-testid="verify-despite">
          {verify.error && <Alert>{verify.error}</Alert>}
          <input type="hidden" name="id" value={id} />
          <TextAreaField label={t("verifyNoteLabel")} name="note" required maxLength={500} hint={t("verifyNoteHint", { count: warnings })} error={verify.fieldError("note")} />
          <Button type="submit" disabled={verify.pending}>
            {t("verifyDespite")}
          </Button>
        </form>
      ) : (
        <ConfirmButton
          variant="primary"
          label={t("verify")}
          title={t("verifyTitle")}
          message={t("verifyMessage")}
          confirmLabel={t("verify")}
          // A warning that appeared meanwhile is refused for want of a note: reload to show it.
          run={async () => {
            const result = await verifyActivity({ id });
            if (!result.ok) router.refresh();
            return result;
          }}
          onDone={() => router.refresh()}
        />
      )}
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
