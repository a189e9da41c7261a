"use client";
// 双向确认: the village party secretary confirms what was reported for the village, or disputes it
// with a comment. Used for activities and, with the pledges' wording, for fulfilled pledges.
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/server/action-core";

type Props = {
  id: number;
  namespace: "activities" | "pledges";
  action: (input: FormData) => Promise<ActionResult<{ id: number }>>;
  /** Already confirmed or disputed: the form folds away behind "change", the decision stays changeable. */
  decided: boolean;
};

export function CountersignForm({ id, namespace, action, decided }: Props) {
  const t = useTranslations(`${namespace}.actions`);
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(action, () => router.refresh());
  const form = (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-sky-200 bg-sky-50/50 p-4" data-testid="countersign">
      <h2 className="font-semibold">{t("confirmTitle")}</h2>
      <p className="text-sm text-stone-600">{t("confirmIntro")}</p>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="id" value={id} />
      <TextAreaField label={t("disputeCommentLabel")} name="comment" maxLength={500} hint={t("disputeCommentHint")} error={fieldError("comment")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" value="CONFIRMED" disabled={pending} onClick={choose}>
          {t("confirm")}
        </Button>
        <Button type="submit" value="DISPUTED" variant="secondary" disabled={pending} onClick={choose}>
          {t("dispute")}
        </Button>
      </div>
      <input type="hidden" name="decision" defaultValue="" data-decision />
    </form>
  );
  if (!decided) return form;
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-700">{t("changeDecision")}</summary>
      <div className="mt-2">{form}</div>
    </details>
  );
}

/** FormData(form) leaves out the pressed button, so its value is copied to the hidden field first. */
function choose(event: MouseEvent<HTMLButtonElement>) {
  const hidden = event.currentTarget.form?.querySelector<HTMLInputElement>("input[data-decision]");
  if (hidden) hidden.value = event.currentTarget.value;
}
