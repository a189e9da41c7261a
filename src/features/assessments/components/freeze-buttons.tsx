"use client";
// Freezing (and unfreezing) a campaign's year, each behind a confirmation: the stored results stop following the data.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { freezeYear, unfreezeYear } from "../actions";

export function FreezeButton({ campaignId, year, frozen }: { campaignId: number; year: number; frozen: boolean }) {
  const t = useTranslations("assessments.actions");
  const router = useRouter();
  if (frozen) {
    return (
      <ConfirmButton
        label={t("unfreeze")}
        title={t("unfreezeTitle", { year })}
        message={t("unfreezeMessage")}
        variant="secondary"
        run={() => unfreezeYear({ campaignId, year })}
        onDone={() => router.refresh()}
      />
    );
  }
  return (
    <ConfirmButton label={t("freeze")} title={t("freezeTitle", { year })} message={t("freezeMessage")} variant="primary" run={() => freezeYear({ campaignId, year })} onDone={() => router.refresh()} />
  );
}
