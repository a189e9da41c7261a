"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { LinkButton } from "@/components/ui/button";
import { deleteIndicator, setIndicatorActive } from "../actions";

/** Edit, retire or reactivate, and delete (offered only when no activity uses the indicator). */
export function IndicatorRowActions({ id, label, active, uses }: { id: number; label: string; active: boolean; uses: number }) {
  const t = useTranslations("indicators");
  const tc = useTranslations("common");
  const router = useRouter();
  const refresh = () => router.refresh();
  return (
    <span className="flex flex-wrap gap-1.5">
      <LinkButton href={`/indicators/${id}/edit`} variant="ghost">
        {tc("edit")}
      </LinkButton>
      {active ? (
        <ConfirmButton
          variant="secondary"
          label={t("deactivate")}
          title={t("deactivateTitle")}
          message={t("deactivateMessage", { label })}
          confirmLabel={t("deactivate")}
          run={() => setIndicatorActive({ id, active: false })}
          onDone={refresh}
        />
      ) : (
        <ConfirmButton
          variant="secondary"
          label={t("activate")}
          title={t("activateTitle")}
          message={t("activateMessage", { label })}
          confirmLabel={t("activate")}
          run={() => setIndicatorActive({ id, active: true })}
          onDone={refresh}
        />
      )}
      {uses === 0 && (
        <ConfirmButton label={tc("delete")} title={t("deleteTitle")} message={t("deleteMessage", { label })} confirmLabel={tc("delete")} run={() => deleteIndicator({ id })} onDone={refresh} />
      )}
    </span>
  );
}
