import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PairingForm } from "@/features/pairings/components/pairing-form";
import { getPairingForEdit, pairingFormOptions } from "@/features/pairings/queries";
import { shanghaiDay } from "@/lib/dates";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditPairingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pairings.write");
  const [pairing, options] = await Promise.all([getPairingForEdit(db, user, await pageId(params)), pairingFormOptions(db, user)]);
  if (!pairing) notFound();
  const t = await getTranslations("pairings");
  const title = t("pairTitle", { unit: pairing.unit.name, village: `${pairing.village.township.name} ${pairing.village.name}` });
  return (
    <>
      <PageHeader title={t("edit", { title })} />
      <PairingForm
        options={options}
        pairing={{
          id: pairing.id,
          version: pairing.version,
          title,
          status: pairing.status,
          startDate: shanghaiDay(pairing.startDate),
          endDate: pairing.endDate ? shanghaiDay(pairing.endDate) : null,
          goals: pairing.goals,
          contactLeaderId: pairing.contactLeaderId,
          contactLeaderName: pairing.contactLeaderName,
        }}
      />
    </>
  );
}
