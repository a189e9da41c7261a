import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { TownshipForm } from "@/features/townships/components/township-form";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function EditTownshipPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("registry.write");
  const township = await db.township.findUnique({ where: { id: Number((await params).id) || 0 } });
  if (!township) notFound();
  const t = await getTranslations("townships");
  return (
    <>
      <PageHeader title={t("edit", { name: township.name })} />
      <TownshipForm township={township} />
    </>
  );
}
