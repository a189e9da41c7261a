"use client";
// The pairings an inspection covered. The page carries only the first few of the department's
// active pairings and its townships: typing asks the server (its own region's pairings, a few at a
// time), and a township's pairings can be added all at once, as an inspection route goes through a
// township. The chosen ones stay listed, each removable, and go with the form as `pairingIds`.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ServerChoice } from "@/components/ui/server-search-select";
import { fetchChoices, useServerSearch, withParams } from "@/components/ui/use-server-search";

export type PairingChoice = { value: number; label: string };
export type InspectionPairingChoices = { initial: PairingChoice[]; limit: number; townships: { id: number; name: string }[] };

const ENDPOINT = "/api/choices/inspection-pairings";

type Props = { choices: InspectionPairingChoices; error?: string };

export function InspectionPairingPicker({ choices: { initial, limit, townships }, error }: Props) {
  const t = useTranslations("supervision.inspections");
  const tf = useTranslations("supervision.fields");
  const tc = useTranslations("common");
  const [query, setQuery] = useState("");
  const found = useServerSearch<PairingChoice>(ENDPOINT, query);
  const [chosen, setChosen] = useState<ServerChoice[]>([]);
  const [township, setTownship] = useState("");
  const [adding, setAdding] = useState(false);

  const shown = query.trim() && found ? found : initial;
  const isChosen = (c: ServerChoice) => chosen.some((x) => x.value === c.value);
  const add = (more: ServerChoice[]) => setChosen((now) => [...now, ...more.filter((c) => !now.some((x) => x.value === c.value))]);
  const remove = (c: ServerChoice) => setChosen((now) => now.filter((x) => x.value !== c.value));
  const addTownship = async () => {
    if (!township) return;
    setAdding(true);
    // Unreachable server: nothing added, the button can be pressed again.
    add(await fetchChoices<PairingChoice>(withParams(ENDPOINT, { township })).catch(() => []));
    setAdding(false);
  };

  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border border-stone-200 p-3" aria-describedby="pairings-hint" aria-invalid={error ? true : undefined}>
      <legend className="px-1 text-sm font-medium text-stone-700">
        {tf("pairings")}
        <span className="ml-0.5 text-red-700" aria-hidden>
          *
        </span>
        <span className="ml-2 font-normal text-stone-500" data-testid="pairings-count">
          {t("selected", { count: chosen.length })}
        </span>
      </legend>
      <p id="pairings-hint" className="text-xs text-stone-500">
        {t("pairingsHint")}
      </p>
      {chosen.length === 0 ? (
        <p className="text-sm text-stone-500">{t("noneChosen")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosenTitle")} data-testid="chosen-pairings">
          {chosen.map((c) => (
            <li key={c.value} className="flex max-w-full items-center gap-1 rounded-lg border border-brand-100 bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-stone-800">
              <input type="hidden" name="pairingIds" value={c.value} />
              <span className="min-w-0 break-words">{c.label}</span>
              <button
                type="button"
                onClick={() => remove(c)}
                aria-label={t("remove", { label: c.label })}
                className="flex size-7 shrink-0 items-center justify-center rounded-full text-stone-500 hover:bg-brand-100 hover:text-stone-900"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {townships.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="min-w-0 flex-1 space-y-1 text-sm text-stone-700">
            <span className="block">{t("byTownship")}</span>
            <select value={township} onChange={(e) => setTownship(e.target.value)} className={inputClass}>
              <option value="">{tc("choose")}</option>
              {townships.map((tw) => (
                <option key={tw.id} value={tw.id}>
                  {tw.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="button" variant="secondary" disabled={!township || adding} onClick={addTownship}>
            {t("addTownship")}
          </Button>
        </div>
      )}
      <div className="space-y-1">
        {initial.length >= limit && (
          <>
            <label className="block text-sm text-stone-700" htmlFor="pairing-search">
              {t("searchPairings")}
            </label>
            <input
              id="pairing-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Enter searches; it does not send the form with a half-made choice.
                if (e.key === "Enter") e.preventDefault();
              }}
              placeholder={tc("picker.placeholder")}
              className={inputClass}
              data-testid="pairingIds-search"
              autoComplete="off"
            />
            {query.trim() && found && (
              <p className="text-xs text-stone-600" aria-live="polite" data-testid="pairingIds-matches">
                {found.length >= limit ? tc("picker.firstMatches", { count: found.length }) : tc("picker.matches", { count: found.length })}
              </p>
            )}
          </>
        )}
        {initial.length === 0 && <p className="text-sm text-stone-500">{t("noPairings")}</p>}
        <ul className="max-h-64 overflow-y-auto pr-1 sm:grid sm:grid-cols-2 sm:gap-x-4" data-testid="pairing-results">
          {shown.map((c) => (
            <li key={c.value}>
              <label className="flex items-start gap-2 py-1 text-sm">
                <input type="checkbox" checked={isChosen(c)} onChange={(e) => (e.target.checked ? add([c]) : remove(c))} className="mt-0.5 size-4 accent-brand-600" />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      {error && (
        <p className="text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
