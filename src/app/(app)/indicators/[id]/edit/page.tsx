import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "@/features/indicators/components/indicator-form";
import { getIndicator } from "@/features/indicators/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("indicators.write");
  const indicator = await getIndicator(db, await pageId(params));
  if (!indicator) notFound();
  const t = await getTranslations("indicators");
  const { _count, createdAt, updatedAt, active, ...values } = indicator;
  return (
    <>
      <PageHeader title={t("editTitle")} description={indicator.labelZh} />
      <IndicatorForm indicator={{ ...values, inUse: _count.values > 0 }} />
    </>
  );
}
