"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { deleteTownship } from "../actions";

export function DeleteTownshipButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("townships");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmButton
      label={tc("delete")}
      title={t("deleteTitle")}
      message={t("deleteMessage", { name })}
      confirmLabel={tc("delete")}
      run={() => deleteTownship({ id })}
      onDone={() => {
        router.push("/townships");
        router.refresh();
      }}
    />
  );
}
