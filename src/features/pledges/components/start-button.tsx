"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { startPledge } from "../actions";

export function StartPledgeButton({ id }: { id: number }) {
  const t = useTranslations("pledges.actions");
  const router = useRouter();
  return (
    <ConfirmButton
      variant="secondary"
      label={t("start")}
      title={t("startTitle")}
      message={t("startMessage")}
      confirmLabel={t("start")}
      run={() => startPledge({ id })}
      onDone={() => router.refresh()}
    />
  );
}
