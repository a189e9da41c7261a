import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { VillagesList } from "@/features/villages/components/villages-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("villages"))("title") };
}

export default async function VillagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("registry.read");
  const params = await searchParams;
  const t = await getTranslations("villages");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="villages" params={params} />
            {can(user.role, "registry.write") && <LinkButton href="/villages/new" variant="primary">{t("new")}</LinkButton>}
          </>
        }
      />
      <VillagesList params={params} user={user} />
    </>
  );
}
