"use client";
// Ending a pairing asks for its end date in a dialog; the server checks the date and the scope.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { endPairing } from "../actions";

export function EndPairingButton({ id, title, today }: { id: number; title: string; today: string }) {
  const t = useTranslations("pairings");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const { onSubmit, pending, error, fieldError } = useActionForm(endPairing, () => {
    dialog.current?.close();
    router.refresh();
  });

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t("end")}
      </Button>
      <dialog ref={dialog} aria-labelledby="end-pairing-title" className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <form onSubmit={onSubmit} noValidate className="space-y-3 p-5">
          <h2 id="end-pairing-title" className="text-lg font-semibold">
            {t("endTitle")}
          </h2>
          <p className="text-sm text-stone-700">{t("endMessage", { title })}</p>
          {error && <Alert>{error}</Alert>}
          <input type="hidden" name="id" value={id} />
          <TextField label={t("fields.endDate")} name="endDate" type="date" defaultValue={today} max={today} required error={fieldError("endDate")} />
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {tc("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={pending} data-testid="confirm-action">
              {pending ? tc("working") : t("end")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
