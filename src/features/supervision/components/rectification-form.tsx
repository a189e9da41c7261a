"use client";
// 提出整改事项 against one of the pairings the inspection covered; the pairing's unit is responsible.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceField, TextAreaField, TextField } from "@/components/ui/field";
import { createRectification } from "../actions";

export function RectificationForm({ inspectionId, pairings }: { inspectionId: number; pairings: { id: number; label: string }[] }) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { onSubmit, pending, error, fieldError } = useActionForm(createRectification, () => {
    form.current?.reset();
    router.refresh();
  });
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="rectification-form">
      <h2 className="font-semibold">{t("inspections.addItem")}</h2>
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <ChoiceField
        label={t("fields.pairing")}
        name="pairingId"
        defaultValue={pairings.length === 1 ? pairings[0].id : ""}
        required
        hint={t("hints.responsibleUnit")}
        error={fieldError("pairingId")}
        placeholder={tc("choose")}
        choices={pairings.map((p) => ({ value: p.id, label: p.label }))}
      />
      <TextAreaField label={t("fields.description")} name="description" required maxLength={500} rows={3} error={fieldError("description")} />
      <TextField label={t("fields.dueDate")} name="dueDate" type="date" required error={fieldError("dueDate")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("inspections.addItem")}
      </Button>
    </form>
  );
}
