import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VillageDetail } from "@/features/villages/components/village-detail";
import { getVillage } from "@/features/villages/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // The title is sent even when the page itself refuses: name the row only to those who may read it.
  const user = await getCurrentUser();
  const village = user && can(user.role, "registry.read") ? await db.village.findUnique({ where: { id: Number((await params).id) || 0 }, select: { name: true } }) : null;
  return { title: village?.name ?? (await getTranslations("villages"))("title") };
}

export default async function VillagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.read");
  const village = await getVillage(db, Number((await params).id) || 0);
  if (!village) notFound();
  return <VillageDetail village={village} user={user} />;
}
