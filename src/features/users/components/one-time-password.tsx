import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** A generated password, shown once: it is not stored anywhere it could be read again. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  const t = useTranslations("users");
  return (
    <Alert tone="success">
      <p className="font-medium">{t("passwordOnce.title", { username })}</p>
      <p className="mt-2">
        {t("passwordOnce.label")}{" "}
        <code className="rounded bg-white px-2 py-1 font-mono text-base tracking-wider text-stone-900 select-all" data-testid="one-time-password">
          {password}
        </code>
      </p>
      <p className="mt-2 text-xs">{t("passwordOnce.hint")}</p>
    </Alert>
  );
}
