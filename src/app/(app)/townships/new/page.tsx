import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { TownshipForm } from "@/features/townships/components/township-form";
import { requirePermission } from "@/server/session";

export default async function NewTownshipPage() {
  await requirePermission("registry.write");
  const t = await getTranslations("townships");
  return (
    <>
      <PageHeader title={t("new")} />
      <TownshipForm />
    </>
  );
}
