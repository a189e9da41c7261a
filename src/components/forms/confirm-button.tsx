"use client";
// A destructive action behind a confirmation dialog. The server still checks everything.
import { useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action-core";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";

type Props = {
  label: string;
  title: string;
  message: string;
  confirmLabel?: string;
  variant?: ButtonVariant;
  run: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

export function ConfirmButton({ label, title, message, confirmLabel, variant = "danger", run, onDone }: Props) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  // One id per button: a page may hold several confirmations, each dialog named by its own title.
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await run();
      if (result.ok) {
        dialog.current?.close();
        onDone?.();
      } else {
        setError(result.error);
      }
    });
  }

  return (
    <>
      <Button variant={variant} onClick={() => (setError(null), dialog.current?.showModal())}>
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40">
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-stone-700">{message}</p>
          {error && <Alert>{error}</Alert>}
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button variant={variant} onClick={confirm} disabled={pending} data-testid="confirm-action">
              {pending ? t("working") : (confirmLabel ?? t("confirm"))}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
