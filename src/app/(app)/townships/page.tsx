import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TownshipsList } from "@/features/townships/components/townships-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("townships"))("title") };
}

export default async function TownshipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("registry.read");
  const t = await getTranslations("townships");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(user.role, "registry.write") && <LinkButton href="/townships/new" variant="primary">{t("new")}</LinkButton>}
      />
      <TownshipsList params={await searchParams} user={user} />
    </>
  );
}
