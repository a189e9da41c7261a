"use client";
// One township's paper forms typed into one table: per village the respondents and the two
// satisfied counts, each cell refused on its own (satisfied above respondents) without losing what
// was typed. The rate beside each row is only a help while typing; the server computes the figures.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { inputClass, TextField } from "@/components/ui/field";
import { formatRate } from "@/domain/format";
import { cn } from "@/lib/cn";
import { saveSurveyTownship } from "../actions";

type Counts = { respondents: string; satisfiedVillageOrg: string; satisfiedPairing: string };
type Village = { id: number; name: string; counts: Counts };
type Props = { round: string; roundText: string; townshipId: number; villages: Village[]; takenOn: string; today: string };

const KEYS = ["respondents", "satisfiedVillageOrg", "satisfiedPairing"] as const;

export function EntryTable({ round, roundText, townshipId, villages, takenOn, today }: Props) {
  const t = useTranslations("surveys");
  const tc = useTranslations("common");
  const router = useRouter();
  const [values, setValues] = useState<Record<number, Counts>>(() => Object.fromEntries(villages.map((v) => [v.id, v.counts])));
  const [saved, setSaved] = useState<number | null>(null);
  const { onSubmit, pending, error, fieldError } = useActionForm(saveSurveyTownship, (data) => {
    setSaved(data.villages);
    router.refresh();
  });
  const rate = (v: Counts, key: "satisfiedVillageOrg" | "satisfiedPairing") => {
    const n = Number(v[key]);
    const d = Number(v.respondents);
    return v[key] !== "" && v.respondents !== "" && Number.isInteger(n) && Number.isInteger(d) && n <= d ? formatRate(n, d) : "—";
  };

  return (
    <form onSubmit={(e) => (setSaved(null), onSubmit(e))} noValidate className="space-y-4" data-testid="survey-entry">
      {error && <Alert>{error}</Alert>}
      {saved !== null && !error && <Alert tone="success">{t("entry.saved", { count: saved })}</Alert>}
      <input type="hidden" name="round" value={round} />
      <input type="hidden" name="townshipId" value={townshipId} />
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
        <TextField label={t("fields.takenOn")} name="takenOn" type="date" defaultValue={takenOn} min={`${round}-01`} max={today} required error={fieldError("takenOn")} className="w-full sm:w-48" />
        <p className="text-sm text-stone-600 sm:max-w-md">
          {roundText} · {t("hints.entry")}
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <caption className="sr-only">{roundText}</caption>
          <thead className="bg-stone-50 text-stone-600">
            <tr>
              <th scope="col" className="sticky left-0 bg-stone-50 px-3 py-2 text-left font-medium whitespace-nowrap">
                {t("fields.village")}
              </th>
              {KEYS.map((key) => (
                <th key={key} scope="col" className="min-w-24 px-3 py-2 text-left font-medium">
                  {t(`fields.${key}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                {t("entry.rate")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {villages.map((village) => (
              <tr key={village.id} data-testid="entry-row">
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium whitespace-nowrap">
                  {village.name}
                </th>
                {KEYS.map((key) => {
                  const name = `rows.${village.id}.${key}`;
                  const cellError = fieldError(name);
                  return (
                    <td key={key} className="px-3 py-1.5 align-top">
                      <input
                        name={name}
                        inputMode="numeric"
                        aria-label={`${village.name} ${t(`fields.${key}`)}`}
                        aria-invalid={cellError ? true : undefined}
                        aria-describedby={cellError ? `${name}-error` : undefined}
                        value={values[village.id][key]}
                        onChange={(e) => setValues((all) => ({ ...all, [village.id]: { ...all[village.id], [key]: e.target.value } }))}
                        // A cell wide enough for five digits, also on a phone, where the table scrolls sideways.
                        className={cn(inputClass.replace("w-full", "w-20"), "text-right tabular-nums")}
                      />
                      {cellError && (
                        <p id={`${name}-error`} className="mt-1 max-w-32 text-xs text-red-700" data-testid="field-error">
                          {cellError}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td className="px-3 py-2 text-right text-xs whitespace-nowrap text-stone-600 tabular-nums">
                  {rate(values[village.id], "satisfiedVillageOrg")}
                  <br />
                  {rate(values[village.id], "satisfiedPairing")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("entry.save")}
        </Button>
        <LinkButton href={`/surveys/${round}`} variant="ghost">
          {t("round.back")}
        </LinkButton>
      </div>
    </form>
  );
}
