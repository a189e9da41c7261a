import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UnitDetail } from "@/features/units/components/unit-detail";
import { getUnit } from "@/features/units/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { getCurrentUser, requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";
import { parseId } from "@/domain/ids";
import { pairingScope } from "@/domain/visibility";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // The title names the unit only to someone who may read it.
  const [user, id] = [await getCurrentUser(), parseId((await params).id)];
  const unit = user && id && can(user.role, "registry.read") ? await getUnit(db, id, pairingScope(user)) : null;
  return { title: unit?.name ?? (await getTranslations("units"))("title") };
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("registry.read");
  const unit = await getUnit(db, await pageId(params), pairingScope(user));
  if (!unit) notFound();
  return <UnitDetail unit={unit} user={user} />;
}
