import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "@/features/indicators/components/indicator-form";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewIndicatorPage() {
  await requirePermission("indicators.write");
  const t = await getTranslations("indicators");
  const last = await db.indicator.aggregate({ _max: { sortOrder: true } });
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <IndicatorForm nextSortOrder={(last._max.sortOrder ?? 0) + 10} />
    </>
  );
}
