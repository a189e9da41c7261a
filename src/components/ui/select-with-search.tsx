"use client";
// The markup a searchable picker shares: its label, a search box above the native select, the count
// of matches, the select with its empty choice (grouped choices under an optgroup each), and the
// hint or error. Where the search looks — the choices at hand (SearchableSelect) or the server
// (ServerSearchSelect) — is the caller's; the native select stays, so a picker works with a
// keyboard, a phone's wheel and without JavaScript.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cn } from "@/lib/cn";
import { inputClass } from "./field";

export type SelectChoice = { value: string | number; label: string; group?: string };

type Props = {
  label: string;
  name: string;
  /** What the select offers, in the order given; those with a `group` under that group's heading. */
  choices: SelectChoice[];
  value: string;
  onValue: (value: string) => void;
  /** The empty choice's text; `required`: it reads "please choose" and cannot be chosen again. */
  placeholder: string;
  required?: boolean;
  /** The empty choice cannot be chosen again (default: when required). */
  emptyDisabled?: boolean;
  /** The search box's text and what typing does; absent: a short list, no search box. */
  search?: { query: string; onQuery: (text: string) => void };
  /** "Found 3", under the search box, once a search has an answer. */
  matches?: string | null;
  error?: string;
  hint?: string;
  className?: string;
};

export function SelectWithSearch({ label, name, choices, value, onValue, placeholder, required, emptyDisabled = required, search, matches, error, hint, className }: Props) {
  const t = useTranslations("common.picker");
  const selectId = useId();
  const searchId = useId();
  const described = error ? `${selectId}-error` : hint ? `${selectId}-hint` : undefined;
  const groups = [...new Set(choices.map((c) => c.group ?? ""))];
  const option = (c: SelectChoice) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-stone-700">
        {label}
        {required && <span className="ml-0.5 text-red-700" aria-hidden>*</span>}
      </label>
      {search && (
        <>
          <label htmlFor={searchId} className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id={searchId}
            type="search"
            value={search.query}
            onChange={(e) => search.onQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter in the search box searches, it does not send the form with a half-typed name.
              if (e.key === "Enter") e.preventDefault();
            }}
            placeholder={t("placeholder")}
            className={inputClass}
            data-testid={`${name}-search`}
            autoComplete="off"
          />
        </>
      )}
      {matches && (
        <p className="text-xs text-stone-600" aria-live="polite" data-testid={`${name}-matches`}>
          {matches}
        </p>
      )}
      <select
        id={selectId}
        name={name}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={inputClass}
      >
        <option value="" disabled={emptyDisabled}>
          {placeholder}
        </option>
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {choices.filter((c) => c.group === group).map(option)}
            </optgroup>
          ) : (
            choices.filter((c) => !c.group).map(option)
          ),
        )}
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
