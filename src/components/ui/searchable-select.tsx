"use client";
// A long picker (76 units, 76 villages) with a search box above it: typing Chinese or pinyin
// initials narrows the list the page carries (SelectWithSearch draws it).
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { matchesName } from "@/lib/name-match";
import { SelectWithSearch } from "./select-with-search";

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
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(defaultValue == null ? "" : String(defaultValue));
  // The chosen one stays in the list whatever is typed, so a search never clears a choice.
  const shown = useMemo(() => choices.filter((c) => String(c.value) === value || matchesName(query, c)), [choices, query, value]);

  const onSearch = (text: string) => {
    setQuery(text);
    const matches = choices.filter((c) => matchesName(text, c));
    // One match: choose it, as a person would expect after typing its initials.
    if (text.trim() && matches.length === 1) setValue(String(matches[0].value));
  };

  return (
    <SelectWithSearch
      label={label}
      name={name}
      choices={shown}
      value={value}
      onValue={setValue}
      placeholder={placeholder}
      required={required}
      emptyDisabled
      search={choices.length >= SEARCH_FROM ? { query, onQuery: onSearch } : undefined}
      matches={query.trim() ? t("matches", { count: choices.filter((c) => matchesName(query, c)).length }) : null}
      error={error}
      hint={hint}
      className={className}
    />
  );
}
