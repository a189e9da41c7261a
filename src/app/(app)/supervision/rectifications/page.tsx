import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { RectificationsList } from "@/features/supervision/components/rectifications-list";
import { SupervisionTabs } from "@/features/supervision/components/supervision-tabs";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("tabs.rectifications") };
}

export default async function RectificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("rectifications.read");
  const t = await getTranslations("supervision");
  const params = await searchParams;
  return (
    <>
      <PageHeader title={t("tabs.rectifications")} description={t("rectifications.description")} actions={<ExportLinks list="rectifications" params={params} />} />
      <SupervisionTabs current="rectifications" user={user} />
      <RectificationsList params={params} user={user} />
    </>
  );
}
