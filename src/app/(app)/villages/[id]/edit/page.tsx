import { getTranslations } from "next-intl/server";
import { writableTownships, writableVillages } from "@/server/scope";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { townshipOptions } from "@/features/townships/queries";
import { VillageForm } from "@/features/villages/components/village-form";
import { getVillageForEdit } from "@/features/villages/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditVillagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.write");
  const [village, townships] = await Promise.all([getVillageForEdit(db, await pageId(params), writableVillages(user)), townshipOptions(db, writableTownships(user))]);
  if (!village) notFound();
  const t = await getTranslations("villages");
  return (
    <>
      <PageHeader title={t("edit", { name: village.name })} />
      <VillageForm village={village} townships={townships} />
    </>
  );
}
