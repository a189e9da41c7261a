"use client";
// The contact-point form's pairing picker: the page carries the first few pairings, the rest are
// searched on the server; each is named with its contact leader, so the department sees who already
// holds it. The form saves over the pairing, so it also sends the version of the pairing picked
// (no lost update).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ServerSearchSelect } from "@/components/ui/server-search-select";

export type ContactPointChoice = { value: number; label: string; version: number };
export type ContactPointChoices = { initial: ContactPointChoice[]; limit: number };

type Props = { choices: ContactPointChoices; error?: string };

export function ContactPointPicker({ choices, error }: Props) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const [version, setVersion] = useState<number>();
  return (
    <>
      <ServerSearchSelect
        label={t("fields.pairing")}
        name="pairingId"
        endpoint="/api/choices/contact-points"
        initial={choices.initial}
        limit={choices.limit}
        selected={null}
        required
        placeholder={tc("choose")}
        error={error}
        onChoose={(choice) => setVersion(choice?.version)}
      />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
    </>
  );
}
