"use client";
// The pairing picker of the visit and contact-point forms: each pairing named with its contact
// leader, so the department sees who already holds it. The contact-point form saves over the
// pairing, so it also sends the version of the pairing picked (no lost update).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChoiceField } from "@/components/ui/field";

export type ContactPointChoice = { id: number; label: string; leader: string; version: number };

type Props = { pairings: ContactPointChoice[]; error?: string; sendVersion?: boolean };

export function ContactPointPicker({ pairings, error, sendVersion = false }: Props) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const [picked, setPicked] = useState("");
  const version = pairings.find((p) => String(p.id) === picked)?.version;
  return (
    <>
      <ChoiceField
        label={t("fields.pairing")}
        name="pairingId"
        defaultValue=""
        required
        error={error}
        placeholder={tc("choose")}
        onChange={(e) => setPicked(e.target.value)}
        choices={pairings.map((p) => ({ value: p.id, label: p.leader ? `${p.label}（${p.leader}）` : p.label }))}
      />
      {sendVersion && version !== undefined && <input type="hidden" name="version" value={version} />}
    </>
  );
}
