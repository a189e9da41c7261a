"use client";
// Freezing (and unfreezing) a year, each behind a confirmation: the stored results stop following the data.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { freezeYear, unfreezeYear } from "../actions";

export function FreezeButton({ year, frozen }: { year: number; frozen: boolean }) {
  const t = useTranslations("assessments.actions");
  const router = useRouter();
  if (frozen) {
    return (
      <ConfirmButton
        label={t("unfreeze")}
        title={t("unfreezeTitle", { year })}
        message={t("unfreezeMessage")}
        variant="secondary"
        run={() => unfreezeYear({ year })}
        onDone={() => router.refresh()}
      />
    );
  }
  return (
    <ConfirmButton label={t("freeze")} title={t("freezeTitle", { year })} message={t("freezeMessage")} variant="primary" run={() => freezeYear({ year })} onDone={() => router.refresh()} />
  );
}
