import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import type { Permission } from "@/server/permissions";
import { requirePermission } from "@/server/session";

/** The page of an area whose screens are still being built: a clear note, never a broken page. */
export async function ComingSoon({ area, permission }: { area: string; permission: Permission }) {
  await requirePermission(permission);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`nav.items.${area}`)} />
      <EmptyState title={t("common.comingSoon.title")}>{t("common.comingSoon.body")}</EmptyState>
    </>
  );
}
