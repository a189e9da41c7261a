"use client";
// A list filter or a form's picker over thousands of records (a province's 20,000 pairings): the
// page carries only the first few choices and the chosen one; typing asks the server (`endpoint?q=…`,
// which applies the reader's scope) and the select shows its answer. The native select stays, so the form works with
// a keyboard, a phone's wheel and, with the choices it came with, without JavaScript.
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { cn } from "@/lib/cn";
import { inputClass } from "./field";

export type ServerChoice = { value: string | number; label: string };

type Props = {
  label: string;
  name: string;
  endpoint: string;
  /** The first choices, without a search: all of them when fewer than `limit`. */
  initial: ServerChoice[];
  /** How many the server answers at most: when `initial` is that long, there are more to search. */
  limit: number;
  selected: ServerChoice | null;
  className?: string;
  /** A form's required picker: the empty choice reads "please choose" and cannot be chosen again. */
  required?: boolean;
  placeholder?: string;
  error?: string;
  hint?: string;
};

/** Waits for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 250;

export function ServerSearchSelect({ label, name, endpoint, initial, limit, selected, className, required, placeholder, error, hint }: Props) {
  const t = useTranslations("common");
  const selectId = useId();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<ServerChoice[] | null>(null);
  const [value, setValue] = useState(selected ? String(selected.value) : "");

  useEffect(() => {
    const typed = query.trim();
    if (!typed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<ServerChoice[]>) : []))
        .then((choices) => {
          setFound(choices);
          // One match: choose it, as a person would expect after typing its initials.
          if (choices.length === 1) setValue(String(choices[0].value));
        })
        .catch(() => undefined);
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query]);

  const shown = query.trim() && found ? found : initial;
  // The chosen one stays in the list whatever is typed, so a search never clears a choice.
  const chosen = [...(selected ? [selected] : []), ...found ?? []].find((c) => String(c.value) === value);
  const choices = chosen && !shown.some((c) => String(c.value) === value) ? [chosen, ...shown] : shown;
  const described = error ? `${selectId}-error` : hint ? `${selectId}-hint` : undefined;

  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-stone-700">
        {label}
        {required && <span className="ml-0.5 text-red-700" aria-hidden>*</span>}
      </label>
      {initial.length >= limit && (
        <>
          <label htmlFor={searchId} className="sr-only">
            {t("picker.searchLabel")}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter in the search box searches the server, not the list with the half-typed name.
              if (e.key === "Enter") e.preventDefault();
            }}
            placeholder={t("picker.placeholder")}
            className={inputClass}
            data-testid={`${name}-search`}
            autoComplete="off"
          />
          {query.trim() && found && (
            <p className="text-xs text-stone-600" aria-live="polite" data-testid={`${name}-matches`}>
              {found.length >= limit ? t("picker.firstMatches", { count: found.length }) : t("picker.matches", { count: found.length })}
            </p>
          )}
        </>
      )}
      <select
        id={selectId}
        name={name}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={inputClass}
      >
        <option value="" disabled={required}>
          {placeholder ?? t("filters.all")}
        </option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {hint && !error && (
        <p id={`${selectId}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${selectId}-error`} className="text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
