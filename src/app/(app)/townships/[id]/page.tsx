import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TownshipDetail } from "@/features/townships/components/township-detail";
import { getTownship } from "@/features/townships/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // The title is sent even when the page itself refuses: name the row only to those who may read it.
  const user = await getCurrentUser();
  const township = user && can(user.role, "registry.read") ? await db.township.findUnique({ where: { id: Number((await params).id) || 0 }, select: { name: true } }) : null;
  return { title: township?.name ?? (await getTranslations("townships"))("title") };
}

export default async function TownshipPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.read");
  const township = await getTownship(db, Number((await params).id) || 0);
  if (!township) notFound();
  return <TownshipDetail township={township} user={user} />;
}
