"use client";
// What the recorder can do with a draft or returned activity: edit, submit for review, delete a draft.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { LinkButton } from "@/components/ui/button";
import { deleteActivity, submitActivity } from "../actions";

export function RecorderActions({ id, title, isDraft }: { id: number; title: string; isDraft: boolean }) {
  const t = useTranslations("activities.actions");
  const router = useRouter();
  return (
    <>
      <LinkButton href={`/activities/${id}/edit`}>{t("edit")}</LinkButton>
      <ConfirmButton
        variant="primary"
        label={t("submit")}
        title={t("submitTitle")}
        message={t("submitMessage")}
        confirmLabel={t("submit")}
        run={() => submitActivity({ id })}
        onDone={() => router.refresh()}
      />
      {isDraft && (
        <ConfirmButton
          label={t("delete")}
          title={t("deleteTitle")}
          message={t("deleteMessage", { title })}
          confirmLabel={t("delete")}
          run={() => deleteActivity({ id })}
          onDone={() => {
            router.push("/activities");
            router.refresh();
          }}
        />
      )}
    </>
  );
}
