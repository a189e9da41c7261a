"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { createInspection } from "../actions";
import { INSPECTION_KINDS } from "../kinds";
import { type InspectionPairingChoices, InspectionPairingPicker } from "./inspection-pairing-picker";

/** 督查: when, how, who, which pairings (searched, or a township's at once, as the inspection route went) and what was found. */
export function InspectionForm({ pairings, today }: { pairings: InspectionPairingChoices; today: string }) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(createInspection, ({ id }) => {
    router.push(`/supervision/inspections/${id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      {error && <Alert>{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.date")} name="date" type="date" max={today} required error={fieldError("date")} />
        <SelectField label={t("fields.kind")} name="kind" defaultValue="" required error={fieldError("kind")}>
          <option value="">{tc("choose")}</option>
          {INSPECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t("fields.inspectors")} name="inspectors" required maxLength={200} hint={t("hints.inspectors")} error={fieldError("inspectors")} />
      <InspectionPairingPicker choices={pairings} error={fieldError("pairingIds")} />
      <TextAreaField label={t("fields.findings")} name="findings" maxLength={2000} rows={4} error={fieldError("findings")} />
      <div className="flex flex-wrap gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href="/supervision" variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
