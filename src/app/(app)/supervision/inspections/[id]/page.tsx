import { getTranslations } from "next-intl/server";
import { pairingScope } from "@/domain/visibility";
import { notFound } from "next/navigation";
import { InspectionDetail } from "@/features/supervision/components/inspection-detail";
import { getInspection } from "@/features/supervision/queries-inspections";
import { db } from "@/server/db";
import { pageId } from "@/server/page-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("tabs.inspections") };
}

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("supervision.read");
  const inspection = await getInspection(db, await pageId(params), pairingScope(user));
  if (!inspection) notFound();
  return <InspectionDetail inspection={inspection} user={user} />;
}
