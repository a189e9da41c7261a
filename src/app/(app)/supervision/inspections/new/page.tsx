import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { todayInShanghai } from "@/domain/days";
import { InspectionForm } from "@/features/supervision/components/inspection-form";
import { inspectionPairingChoices } from "@/features/supervision/queries-inspections";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("inspections.newTitle") };
}

export default async function NewInspectionPage() {
  const user = await requirePermission("supervision.write");
  const t = await getTranslations("supervision");
  return (
    <>
      <PageHeader title={t("inspections.newTitle")} />
      <InspectionForm pairings={await inspectionPairingChoices(db, user)} today={todayInShanghai()} />
    </>
  );
}
