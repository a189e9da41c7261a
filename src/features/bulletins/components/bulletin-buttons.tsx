"use client";
// Publishing (numbered, dated, then unchangeable) and deleting a draft, each behind a confirmation.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { deleteBulletin, publishBulletin } from "../actions";

export function DraftButtons({ id }: { id: number }) {
  const t = useTranslations("bulletins.actions");
  const router = useRouter();
  return (
    <>
      <ConfirmButton label={t("publish")} title={t("publishTitle")} message={t("publishMessage")} variant="primary" run={() => publishBulletin({ id })} onDone={() => router.refresh()} />
      <ConfirmButton label={t("delete")} title={t("deleteTitle")} message={t("deleteMessage")} run={() => deleteBulletin({ id })} onDone={() => router.push("/bulletins")} />
    </>
  );
}

export function PrintNowButton() {
  const t = useTranslations("bulletins.actions");
  return (
    <Button variant="primary" onClick={() => window.print()}>
      {t("printNow")}
    </Button>
  );
}
