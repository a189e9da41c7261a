"use client";
// A campaign's weights of the six parts, targets per pairing and grade thresholds (ADMIN of its region).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { type AssessmentSettingsRow } from "@/domain/assessment";
import { updateAssessmentSettings } from "../actions";

const WEIGHTS = ["weightCoverage", "weightActivities", "weightPledges", "weightSatisfaction", "weightRectifications", "weightVisits"] as const;
const THRESHOLDS = ["excellentFrom", "goodFrom", "fairFrom"] as const;

export function AssessmentSettingsForm({ campaignId, settings }: { campaignId: number; settings: AssessmentSettingsRow }) {
  const t = useTranslations("assessments.settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { onSubmit, pending, error, fieldError } = useActionForm(updateAssessmentSettings, () => {
    setSaved(true);
    router.refresh();
  });
  const number = (name: keyof AssessmentSettingsRow, max: number, hint?: string) => (
    <TextField key={name} label={t(name)} name={name} type="number" inputMode="numeric" min={0} max={max} defaultValue={settings[name]} hint={hint} error={fieldError(name)} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="assessment-settings">
      {error && <Alert>{error}</Alert>}
      {saved && !error && <Alert tone="success">{t("saved")}</Alert>}
      <input type="hidden" name="campaignId" value={campaignId} />
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-700">{t("weights")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">{WEIGHTS.map((w) => number(w, 100))}</div>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-700">{t("targets")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {number("activitiesPerPairing", 365)}
          {number("visitsPerPairing", 52, t("visitsHint"))}
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-700">{t("thresholds")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">{THRESHOLDS.map((x) => number(x, 100))}</div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
