"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { deleteUnit } from "../actions";

export function DeleteUnitButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("units");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmButton
      label={tc("delete")}
      title={t("deleteTitle")}
      message={t("deleteMessage", { name })}
      confirmLabel={tc("delete")}
      run={() => deleteUnit({ id })}
      onDone={() => {
        router.push("/units");
        router.refresh();
      }}
    />
  );
}
