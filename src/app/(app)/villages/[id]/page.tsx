import { getTranslations } from "next-intl/server";
import { pairingScope, villagesInScope } from "@/domain/visibility";
import { notFound } from "next/navigation";
import { VillageDetail } from "@/features/villages/components/village-detail";
import { getVillage, villageName } from "@/features/villages/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";
import { parseId } from "@/domain/ids";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // The title is sent even when the page itself refuses: name the row only to those who may read it.
  const [user, id] = [await getCurrentUser(), parseId((await params).id)];
  const name = user && id && can(user.role, "registry.read") ? await villageName(db, id, villagesInScope(user)) : null;
  return { title: name ?? (await getTranslations("villages"))("title") };
}

export default async function VillagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.read");
  const village = await getVillage(db, await pageId(params), pairingScope(user));
  if (!village) notFound();
  return <VillageDetail village={village} user={user} />;
}
