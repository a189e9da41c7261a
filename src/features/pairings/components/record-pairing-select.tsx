"use client";
// The pairing a record (activity, pledge) is for: the form carries the first few pairings work may be
// recorded for and the chosen one; the rest are found by searching the server, so a province
// administrator's form does not carry 20,000 choices.
import { useTranslations } from "next-intl";
import { ServerSearchSelect } from "@/components/ui/server-search-select";
import type { RecordPairingPicker } from "../queries";

type Props = { label: string; picker: RecordPairingPicker; error?: string; hint?: string };

export function RecordPairingSelect({ label, picker, error, hint }: Props) {
  const tc = useTranslations("common");
  return (
    <ServerSearchSelect
      label={label}
      name="pairingId"
      endpoint="/api/choices/pairings?for=record"
      initial={picker.initial}
      limit={picker.limit}
      selected={picker.selected}
      required
      placeholder={tc("choose")}
      error={error}
      hint={hint}
    />
  );
}
