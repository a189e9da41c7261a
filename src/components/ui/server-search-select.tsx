"use client";
// A list filter or a form's picker over thousands of records (a province's 20,000 pairings): the
// page carries only the first few choices and the chosen one; typing asks the server (`endpoint?q=…`,
// which applies the reader's scope) and the select shows its answer. With the choices it came with,
// the form works without JavaScript.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectWithSearch } from "./select-with-search";
import { useServerSearch } from "./use-server-search";

export type ServerChoice = { value: string | number; label: string };

type Props<C extends ServerChoice> = {
  label: string;
  name: string;
  endpoint: string;
  /** The first choices, without a search: all of them when fewer than `limit`. */
  initial: C[];
  /** How many the server answers at most: when `initial` is that long, there are more to search. */
  limit: number;
  selected: C | null;
  className?: string;
  /** A form's required picker: the empty choice reads "please choose" and cannot be chosen again. */
  required?: boolean;
  placeholder?: string;
  error?: string;
  hint?: string;
  /** Told the choice made (undefined: none), for a form that sends more of it than its value. */
  onChoose?: (choice: C | undefined) => void;
};

export function ServerSearchSelect<C extends ServerChoice>({ label, name, endpoint, initial, limit, selected, className, required, placeholder, error, hint, onChoose }: Props<C>) {
  const t = useTranslations("common");
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(selected ? String(selected.value) : "");
  const known = (found: C[] | null) => [...(selected ? [selected] : []), ...initial, ...(found ?? [])];
  const choose = (next: string, found: C[] | null) => {
    setValue(next);
    onChoose?.(known(found).find((c) => String(c.value) === next));
  };
  // One match: choose it, as a person would expect after typing its initials.
  const found = useServerSearch<C>(endpoint, query, (choices) => {
    if (choices.length === 1) choose(String(choices[0].value), choices);
  });

  const shown = query.trim() && found ? found : initial;
  // The chosen one stays in the list whatever is typed, so a search never clears a choice.
  const chosen = known(found).find((c) => String(c.value) === value);
  const choices = chosen && !shown.some((c) => String(c.value) === value) ? [chosen, ...shown] : shown;
  const matches = query.trim() && found ? (found.length >= limit ? t("picker.firstMatches", { count: found.length }) : t("picker.matches", { count: found.length })) : null;

  return (
    <SelectWithSearch
      label={label}
      name={name}
      choices={choices.map((c) => ({ value: c.value, label: c.label }))}
      value={value}
      onValue={(next) => choose(next, found)}
      placeholder={placeholder ?? t("filters.all")}
      required={required}
      search={initial.length >= limit ? { query, onQuery: setQuery } : undefined}
      matches={matches}
      error={error}
      hint={hint}
      className={className}
    />
  );
}
