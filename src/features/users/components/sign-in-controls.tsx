"use client";
// The security administrator's two buttons: unlock a locked sign-in, end one open session.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { endSession, unlockSignIn } from "../actions";

export function UnlockButton({ lockKey, name }: { lockKey: string; name: string }) {
  const t = useTranslations("users.security");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("unlock")}
      title={t("unlockTitle")}
      message={t("unlockMessage", { name })}
      confirmLabel={t("unlock")}
      variant="secondary"
      run={() => unlockSignIn({ key: lockKey })}
      onDone={() => router.refresh()}
    />
  );
}

export function EndSessionButton({ userId, handle, name }: { userId: number; handle: string; name: string }) {
  const t = useTranslations("users.security");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("endSession")}
      title={t("endSessionTitle")}
      message={t("endSessionMessage", { name })}
      confirmLabel={t("endSession")}
      run={() => endSession({ userId, handle })}
      onDone={() => router.refresh()}
    />
  );
}
