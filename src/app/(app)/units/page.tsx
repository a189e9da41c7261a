import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { UnitsList } from "@/features/units/components/units-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("units"))("title") };
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("registry.read");
  const params = await searchParams;
  const t = await getTranslations("units");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="units" params={params} />
            {can(user.role, "registry.write") && <LinkButton href="/units/new" variant="primary">{t("new")}</LinkButton>}
          </>
        }
      />
      <UnitsList params={params} user={user} />
    </>
  );
}
