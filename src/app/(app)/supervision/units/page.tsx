import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SupervisionTabs } from "@/features/supervision/components/supervision-tabs";
import { UnitsTable } from "@/features/supervision/components/units-table";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("units.title") };
}

export default async function RectificationUnitsPage() {
  const user = await requirePermission("rectifications.read");
  const t = await getTranslations("supervision");
  return (
    <>
      <PageHeader title={t("units.title")} description={t("units.description")} />
      <SupervisionTabs current="units" user={user} />
      <UnitsTable user={user} />
    </>
  );
}
