"use client";
// The pairing picker of the visit and contact-point forms: each pairing named with its contact
// leader, so the department sees who already holds it.
import { useTranslations } from "next-intl";
import { ChoiceField } from "@/components/ui/field";

export type ContactPointChoice = { id: number; label: string; leader: string };

export function ContactPointPicker({ pairings, error }: { pairings: ContactPointChoice[]; error?: string }) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  return (
    <ChoiceField
      label={t("fields.pairing")}
      name="pairingId"
      defaultValue=""
      required
      error={error}
      placeholder={tc("choose")}
      choices={pairings.map((p) => ({ value: p.id, label: p.leader ? `${p.label}（${p.leader}）` : p.label }))}
    />
  );
}
