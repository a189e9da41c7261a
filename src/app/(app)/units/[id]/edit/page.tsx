import { getTranslations } from "next-intl/server";
import { writesRegion } from "@/server/scope";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { UnitForm } from "@/features/units/components/unit-form";
import { pairingScope } from "@/domain/visibility";
import { getUnit } from "@/features/units/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.write");
  const unit = await getUnit(db, await pageId(params), pairingScope(user));
  if (!unit || !writesRegion(user, unit.regionId)) notFound();
  const t = await getTranslations("units");
  return (
    <>
      <PageHeader title={t("edit", { name: unit.name })} />
      <UnitForm unit={unit} />
    </>
  );
}
