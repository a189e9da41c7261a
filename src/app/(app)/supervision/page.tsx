import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { InspectionsList } from "@/features/supervision/components/inspections-list";
import { SupervisionTabs } from "@/features/supervision/components/supervision-tabs";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("title") };
}

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("supervision.read");
  const t = await getTranslations("supervision");
  const params = await searchParams;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="inspections" params={params} />
            {can(user.role, "supervision.write") && <LinkButton href="/supervision/inspections/new" variant="primary">{t("inspections.new")}</LinkButton>}
          </>
        }
      />
      <SupervisionTabs current="inspections" user={user} />
      <InspectionsList params={params} user={user} />
    </>
  );
}
