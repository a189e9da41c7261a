"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/server/action-core";
import { changeOwnPassword } from "../actions";
import { PASSWORD_MIN_LENGTH } from "../schemas";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export function ChangePasswordForm() {
  const t = useTranslations("users.account");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setDone(false);
    startTransition(async () => {
      const result = await changeOwnPassword(data);
      if (!result.ok) return setFailure(result);
      setFailure(null);
      // The change ended every session of this user, this one included: sign this browser in again
      // with the new password so the user carries on (other devices must sign in anew).
      const again = await signIn("credentials", { username: result.data.username, password: String(data.get("newPassword")), redirect: false });
      if (!again?.ok) return router.replace("/login");
      form.current?.reset();
      setDone(true);
      router.refresh();
    });
  }

  const fieldError = (name: string) => failure?.fieldErrors?.[name];
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="max-w-md space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 className="font-semibold">{t("changePassword")}</h2>
      {failure && <Alert>{failure.error}</Alert>}
      {done && <Alert tone="success">{t("changed")}</Alert>}
      <TextField label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required error={fieldError("currentPassword")} />
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={t("newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldError("newPassword")}
      />
      <TextField label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={fieldError("confirmPassword")} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("submit")}
      </Button>
    </form>
  );
}
