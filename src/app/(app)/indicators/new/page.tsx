import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "@/features/indicators/components/indicator-form";
import { nextIndicatorSortOrder } from "@/features/indicators/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewIndicatorPage() {
  await requirePermission("indicators.write");
  const t = await getTranslations("indicators");
  const sortOrder = await nextIndicatorSortOrder(db);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <IndicatorForm nextSortOrder={sortOrder} />
    </>
  );
}
