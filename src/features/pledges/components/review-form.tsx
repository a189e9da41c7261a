"use client";
// 评诺: the organization department rates a fulfilled pledge (好 / 较好 / 一般 / 差) with a comment.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceField, TextAreaField } from "@/components/ui/field";
import { reviewPledge } from "../actions";
import { PLEDGE_RATINGS } from "../schemas";

export function ReviewForm({ id, rating, comment }: { id: number; rating?: string; comment?: string }) {
  const t = useTranslations("pledges");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(reviewPledge, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="review-form">
      <h2 className="font-semibold">{t("actions.review")}</h2>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="id" value={id} />
      <ChoiceField label={t("fields.rating")} name="rating" defaultValue={rating ?? ""} required error={fieldError("rating")} placeholder={tc("choose")} choices={PLEDGE_RATINGS.map((r) => ({ value: r, label: t(`ratings.${r}`) }))} />
      <TextAreaField label={t("fields.comment")} name="comment" defaultValue={comment} maxLength={500} error={fieldError("comment")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("actions.saveReview")}
      </Button>
    </form>
  );
}
