import { getTranslations } from "next-intl/server";
import { pairingScope, townshipsInScope } from "@/domain/visibility";
import { notFound } from "next/navigation";
import { TownshipDetail } from "@/features/townships/components/township-detail";
import { getTownship, townshipName } from "@/features/townships/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";
import { parseId } from "@/domain/ids";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // The title is sent even when the page itself refuses: name the row only to those who may read it.
  const [user, id] = [await getCurrentUser(), parseId((await params).id)];
  const name = user && id && can(user.role, "registry.read") ? await townshipName(db, id, townshipsInScope(user)) : null;
  return { title: name ?? (await getTranslations("townships"))("title") };
}

export default async function TownshipPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.read");
  const township = await getTownship(db, await pageId(params), pairingScope(user));
  if (!township) notFound();
  return <TownshipDetail township={township} user={user} />;
}
