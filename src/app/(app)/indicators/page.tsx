import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorsTable } from "@/features/indicators/components/indicators-table";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("indicators"))("title") };
}

export default async function IndicatorsPage() {
  await requirePermission("indicators.write");
  const t = await getTranslations("indicators");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href="/indicators/new" variant="primary">{t("new")}</LinkButton>} />
      <IndicatorsTable />
    </>
  );
}
