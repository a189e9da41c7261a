"use client";

import type { ComponentProps } from "react";
import { SelectField } from "./field";

/** One choice: its value and its words. */
export type OptionPair = readonly [value: string | number, label: string];

/**
 * A select box whose choices come as [value, label] pairs and become option elements here, in the
 * browser's bundle. A server-drawn select sends every option twice, as HTML and again as an element
 * in the page's RSC data; a province's 240 townships and its campaigns made that ~30 KB per list page.
 */
export function OptionsSelect({ options, ...field }: Omit<ComponentProps<typeof SelectField>, "children"> & { options: OptionPair[] }) {
  return (
    <SelectField {...field}>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </SelectField>
  );
}
