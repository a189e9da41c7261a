"use client";
// The organization department's settings of the evidence checks: how many days and kilometres a
// photo may be off, and which content areas should carry a photo.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import type { EvidenceSettings } from "@/domain/evidence";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { updateEvidenceSettings } from "../actions";

export function EvidenceSettingsForm({ settings }: { settings: EvidenceSettings }) {
  const t = useTranslations("evidence.settings");
  const ta = useTranslations("areas");
  const tc = useTranslations("common");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const { onSubmit, pending, error, fieldError } = useActionForm(updateEvidenceSettings, ({ rechecked }) => {
    setSaved(rechecked);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="evidence-settings">
      {error && <Alert>{error}</Alert>}
      {saved !== null && !error && <Alert tone="success">{t("saved", { count: saved })}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("days")} name="timeToleranceDays" type="number" inputMode="numeric" min={0} max={365} defaultValue={settings.timeToleranceDays} hint={t("daysHint")} error={fieldError("timeToleranceDays")} />
        <TextField label={t("km")} name="distanceKm" type="number" inputMode="numeric" min={1} max={1000} defaultValue={settings.distanceKm} hint={t("kmHint")} error={fieldError("distanceKm")} />
      </div>
      <fieldset className="space-y-2 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-700">{t("areas")}</legend>
        <p className="text-xs text-stone-500">{t("areasHint")}</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {CONTENT_AREAS.map((area) => (
            <CheckboxField key={area} label={ta(area)} name="photoAreas" value={area} defaultChecked={settings.photoAreas.includes(area)} />
          ))}
        </div>
      </fieldset>
      <p className="text-xs text-stone-500">{t("appliesTo")}</p>
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
