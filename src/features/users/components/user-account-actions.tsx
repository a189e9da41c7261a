"use client";
// Reset password (the new one shown once), deactivate, reactivate — each behind a confirmation.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { deactivateUser, reactivateUser, resetPassword } from "../actions";
import { OneTimePassword } from "./one-time-password";

type Props = { id: number; username: string; displayName: string; active: boolean; isSelf: boolean };

export function UserAccountActions({ id, username, displayName, active, isSelf }: Props) {
  const t = useTranslations("users");
  const router = useRouter();
  const [password, setPassword] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {!isSelf && (
          <ConfirmButton
            label={t("resetPassword")}
            title={t("resetTitle")}
            message={t("resetMessage", { name: displayName })}
            confirmLabel={t("resetPassword")}
            variant="secondary"
            run={async () => {
              const result = await resetPassword({ id });
              if (result.ok) setPassword(result.data.password);
              return result;
            }}
          />
        )}
        {active && !isSelf && (
          <ConfirmButton
            label={t("deactivate")}
            title={t("deactivateTitle")}
            message={t("deactivateMessage", { name: displayName })}
            confirmLabel={t("deactivate")}
            run={() => deactivateUser({ id })}
            onDone={() => router.refresh()}
          />
        )}
        {!active && (
          <ConfirmButton
            label={t("reactivate")}
            title={t("reactivateTitle")}
            message={t("reactivateMessage", { name: displayName })}
            confirmLabel={t("reactivate")}
            variant="secondary"
            run={() => reactivateUser({ id })}
            onDone={() => router.refresh()}
          />
        )}
      </div>
      {isSelf && <p className="text-sm text-stone-600">{t("selfNote")}</p>}
      {password && <OneTimePassword username={username} password={password} />}
    </div>
  );
}
