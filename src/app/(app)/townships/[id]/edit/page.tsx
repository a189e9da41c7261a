import { getTranslations } from "next-intl/server";
import { writableTownships } from "@/server/scope";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { TownshipForm } from "@/features/townships/components/township-form";
import { getTownshipForEdit } from "@/features/townships/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditTownshipPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.write");
  const township = await getTownshipForEdit(db, await pageId(params), writableTownships(user));
  if (!township) notFound();
  const t = await getTranslations("townships");
  return (
    <>
      <PageHeader title={t("edit", { name: township.name })} />
      <TownshipForm township={township} />
    </>
  );
}
