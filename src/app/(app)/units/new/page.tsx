import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UnitForm } from "@/features/units/components/unit-form";
import { requirePermission } from "@/server/session";

export default async function NewUnitPage() {
  await requirePermission("registry.write");
  const t = await getTranslations("units");
  return (
    <>
      <PageHeader title={t("new")} />
      <UnitForm />
    </>
  );
}
