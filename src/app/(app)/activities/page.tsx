import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { ActivitiesList } from "@/features/activities/components/activities-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("activities.read");
  const params = await searchParams;
  const t = await getTranslations("activities");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="activities" params={params} />
            {can(user.role, "activities.record") && <LinkButton href="/activities/new" variant="primary">{t("new")}</LinkButton>}
          </>
        }
      />
      <ActivitiesList params={params} user={user} />
    </>
  );
}
