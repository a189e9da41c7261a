"use client";
// "Delete" behind a confirmation, then back to the list. The area's message namespace supplies
// "deleteTitle" and "deleteMessage" ({name}); the server action refuses what may not be deleted.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/server/action-core";
import { ConfirmButton } from "./confirm-button";

type Props = {
  id: number;
  name: string;
  namespace: string;
  listHref: string;
  action: (input: { id: number }) => Promise<ActionResult<unknown>>;
};

export function DeleteRecordButton({ id, name, namespace, listHref, action }: Props) {
  const t = useTranslations();
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("common.delete")}
      title={t(`${namespace}.deleteTitle`)}
      message={t(`${namespace}.deleteMessage`, { name })}
      confirmLabel={t("common.delete")}
      run={() => action({ id })}
      onDone={() => {
        router.push(listHref);
        router.refresh();
      }}
    />
  );
}
