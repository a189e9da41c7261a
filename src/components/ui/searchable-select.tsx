"use client";
// A long picker (76 units, 76 villages) with a search box above it: typing Chinese or pinyin
// initials narrows the list; the native select stays, so it works with a keyboard, a phone's wheel
// and without JavaScript.
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { matchesName } from "@/lib/name-match";
import { cn } from "@/lib/cn";
import { inputClass } from "./field";

export type SearchableChoice = { value: string | number; label: string; sortKey?: string; group?: string };

type Props = {
  label: string;
  name: string;
  choices: SearchableChoice[];
  placeholder: string;
  defaultValue?: string | number | null;
  required?: boolean;
  error?: string;
  hint?: string;
  className?: string;
};

/** Below this many choices a plain select is quicker than a search. */
const SEARCH_FROM = 12;

export function SearchableSelect({ label, name, choices, placeholder, defaultValue, required, error, hint, className }: Props) {
  const t = useTranslations("common.picker");
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(defaultValue == null ? "" : String(defaultValue));
  // The chosen one stays in the list whatever is typed, so a search never clears a choice.
  const shown = useMemo(() => choices.filter((c) => String(c.value) === value || matchesName(query, c)), [choices, query, value]);
  const groups = [...new Set(shown.map((c) => c.group ?? ""))];
  const option = (c: SearchableChoice) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  );

  const onSearch = (text: string) => {
    setQuery(text);
    const matches = choices.filter((c) => matchesName(text, c));
    // One match: choose it, as a person would expect after typing its initials.
    if (text.trim() && matches.length === 1) setValue(String(matches[0].value));
  };

  const selectId = useId();
  const described = error ? `${selectId}-error` : hint ? `${selectId}-hint` : undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-stone-700">
        {label}
        {required && <span className="ml-0.5 text-red-700" aria-hidden>*</span>}
      </label>
      {choices.length >= SEARCH_FROM && (
        <>
          <label htmlFor={searchId} className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => onSearch(e.target.value)}
            placeholder={t("placeholder")}
            className={inputClass}
            data-testid={`${name}-search`}
            autoComplete="off"
          />
        </>
      )}
      {query.trim() && (
        <p className="text-xs text-stone-600" aria-live="polite" data-testid={`${name}-matches`}>
          {t("matches", { count: choices.filter((c) => matchesName(query, c)).length })}
        </p>
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
        <option value="" disabled>
          {placeholder}
        </option>
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {shown.filter((c) => c.group === group).map(option)}
            </optgroup>
          ) : (
            shown.filter((c) => !c.group).map(option)
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
