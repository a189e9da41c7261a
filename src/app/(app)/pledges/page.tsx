import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { ImportLinks } from "@/features/imports/components/import-links";
import { PledgesList } from "@/features/pledges/components/pledges-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("pledges"))("title") };
}

export default async function PledgesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pledges.read");
  const params = await searchParams;
  const t = await getTranslations("pledges");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="pledges" params={params} />
            <ImportLinks kind="pledges" user={user} />
            {can(user.role, "pledges.manage") && <LinkButton href="/pledges/new" variant="primary">{t("new")}</LinkButton>}
          </>
        }
      />
      <PledgesList params={params} user={user} />
    </>
  );
}
