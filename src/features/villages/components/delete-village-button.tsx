"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { deleteVillage } from "../actions";

export function DeleteVillageButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("villages");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmButton
      label={tc("delete")}
      title={t("deleteTitle")}
      message={t("deleteMessage", { name })}
      confirmLabel={tc("delete")}
      run={() => deleteVillage({ id })}
      onDone={() => {
        router.push("/villages");
        router.refresh();
      }}
    />
  );
}
