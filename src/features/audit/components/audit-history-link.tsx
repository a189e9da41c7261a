import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";

/** "History": the audit log filtered to one record, for those who may read the log. */
export async function AuditHistoryLink({ user, entity, id }: { user: CurrentUser; entity: string; id: number }) {
  if (!can(user.role, "audit.read")) return null;
  const t = await getTranslations("audit");
  return (
    <LinkButton variant="ghost" href={`/audit?entity=${entity}&id=${id}`} data-testid="audit-history-link">
      {t("historyLink")}
    </LinkButton>
  );
}
