"use client";
// 核查: the organization department closes a reported item (销号) with a note of what it checked,
// or sends it back with the reason — after a confirmation, since the unit must then work on it again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/server/action-core";
import { closeRectification, returnRectification } from "../actions";

export function CheckPanel({ id }: { id: number }) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const close = useActionForm(closeRectification, () => router.refresh());
  const dialog = useRef<HTMLDialogElement>(null);
  const reason = useRef<HTMLTextAreaElement>(null);
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);
  const [pending, startTransition] = useTransition();

  function sendBack() {
    startTransition(async () => {
      const result = await returnRectification({ id, returnReason: reason.current?.value ?? "" });
      dialog.current?.close();
      if (result.ok) {
        setFailure(null);
        router.refresh();
      } else setFailure(result);
    });
  }

  return (
    <section className="space-y-4 rounded-lg border border-amber-200 bg-amber-50/40 p-4" data-testid="check-panel">
      <h2 className="font-semibold">{t("rectifications.check")}</h2>
      <form onSubmit={close.onSubmit} noValidate className="space-y-3">
        {close.error && <Alert>{close.error}</Alert>}
        <input type="hidden" name="id" value={id} />
        <TextAreaField label={t("fields.closureNote")} name="closureNote" required maxLength={500} rows={3} error={close.fieldError("closureNote")} />
        <Button type="submit" disabled={close.pending}>
          {close.pending ? tc("working") : t("rectifications.close")}
        </Button>
      </form>
      <div className="space-y-3 border-t border-amber-200 pt-3">
        {failure && !failure.fieldErrors && <Alert>{failure.error}</Alert>}
        <TextAreaField ref={reason} label={t("fields.returnReason")} name="returnReason" required maxLength={500} rows={3} error={failure?.fieldErrors?.returnReason} />
        <Button variant="danger" onClick={() => dialog.current?.showModal()}>
          {t("rectifications.sendBack")}
        </Button>
        <dialog ref={dialog} aria-labelledby={`send-back-${id}`} className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
          <div className="space-y-3 p-5">
            <h2 id={`send-back-${id}`} className="text-lg font-semibold">
              {t("rectifications.sendBack")}
            </h2>
            <p className="text-sm text-stone-700">{t("rectifications.sendBackConfirm")}</p>
            <div className="flex justify-end gap-2 pt-2">
              <Button variant="secondary" onClick={() => dialog.current?.close()}>
                {tc("cancel")}
              </Button>
              <Button variant="danger" onClick={sendBack} disabled={pending} data-testid="confirm-action">
                {pending ? tc("working") : t("rectifications.sendBack")}
              </Button>
            </div>
          </div>
        </dialog>
      </div>
    </section>
  );
}
