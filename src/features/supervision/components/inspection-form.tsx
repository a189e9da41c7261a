"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { createInspection } from "../actions";
import { INSPECTION_KINDS } from "../kinds";

type Pairing = { id: number; township: string; label: string };

/** 督查: when, how, who, which pairings (ticked per township, as the inspection route went) and what was found. */
export function InspectionForm({ pairings, today }: { pairings: Pairing[]; today: string }) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const [chosen, setChosen] = useState<number[]>([]);
  const { onSubmit, pending, error, fieldError } = useActionForm(createInspection, ({ id }) => {
    router.push(`/supervision/inspections/${id}`);
    router.refresh();
  });
  const townships = [...new Set(pairings.map((p) => p.township))];
  const pairingsError = fieldError("pairingIds");
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
      <fieldset className="min-w-0 space-y-2 rounded-md border border-stone-200 p-3" aria-describedby="pairings-hint" aria-invalid={pairingsError ? true : undefined}>
        <legend className="px-1 text-sm font-medium text-stone-700">
          {t("fields.pairings")}
          <span className="ml-0.5 text-red-700" aria-hidden>
            *
          </span>
          <span className="ml-2 font-normal text-stone-500">{t("inspections.selected", { count: chosen.length })}</span>
        </legend>
        <p id="pairings-hint" className="text-xs text-stone-500">
          {t("inspections.pairingsHint")}
        </p>
        <div className="max-h-80 space-y-3 overflow-y-auto pr-1">
          {townships.map((township) => (
            <div key={township}>
              <p className="text-xs font-semibold text-stone-600">{township}</p>
              <ul className="grid gap-x-4 sm:grid-cols-2">
                {pairings
                  .filter((p) => p.township === township)
                  .map((p) => (
                    <li key={p.id}>
                      <label className="flex items-start gap-2 py-0.5 text-sm">
                        <input
                          type="checkbox"
                          name="pairingIds"
                          value={p.id}
                          className="mt-0.5 size-4 accent-brand-600"
                          onChange={(e) => setChosen((c) => (e.target.checked ? [...c, p.id] : c.filter((x) => x !== p.id)))}
                        />
                        <span>{p.label}</span>
                      </label>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
        {pairingsError && (
          <p className="text-sm text-red-700" data-testid="field-error">
            {pairingsError}
          </p>
        )}
      </fieldset>
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
