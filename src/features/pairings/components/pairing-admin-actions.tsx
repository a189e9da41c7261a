"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { LinkButton } from "@/components/ui/button";
import { deletePairing, reopenPairing } from "../actions";
import { EndPairingButton } from "./end-pairing-button";

/** The organization department's controls on a ledger: edit, end or reopen, delete. */
export function PairingAdminActions({ id, title, status, today }: { id: number; title: string; status: "ACTIVE" | "ENDED"; today: string }) {
  const t = useTranslations("pairings");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <>
      <LinkButton href={`/pairings/${id}/edit`}>{tc("edit")}</LinkButton>
      {status === "ACTIVE" ? (
        <EndPairingButton id={id} title={title} today={today} />
      ) : (
        <ConfirmButton
          label={t("reopen")}
          title={t("reopenTitle")}
          message={t("reopenMessage", { title })}
          confirmLabel={t("reopen")}
          variant="secondary"
          run={() => reopenPairing({ id })}
          onDone={() => router.refresh()}
        />
      )}
      <ConfirmButton
        label={tc("delete")}
        title={t("deleteTitle")}
        message={t("deleteMessage", { title })}
        confirmLabel={tc("delete")}
        run={() => deletePairing({ id })}
        onDone={() => {
          router.push("/pairings");
          router.refresh();
        }}
      />
    </>
  );
}
