import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { recordPairingPicker } from "@/features/pairings/queries";
import { PledgeForm } from "@/features/pledges/components/pledge-form";
import { getPledgeForReader } from "@/features/pledges/queries";
import { shanghaiDay } from "@/lib/dates";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditPledgePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pledges.manage");
  const pledge = await getPledgeForReader(db, user, await pageId(params));
  if (!pledge) notFound();
  if (pledge.status === "FULFILLED") redirect(`/pledges/${pledge.id}`);
  const t = await getTranslations("pledges");
  // An open pledge on a pairing that has ended since keeps its pairing.
  const pairings = await recordPairingPicker(db, user, { current: pledge.pairingId });
  return (
    <>
      <PageHeader title={t("editTitle")} />
      <PledgeForm
        pairings={pairings}
        pledge={{
          id: pledge.id,
          version: pledge.version,
          pairingId: pledge.pairingId,
          pledgerKind: pledge.pledgerKind,
          pledgerName: pledge.pledgerName,
          content: pledge.content,
          dueDate: shanghaiDay(pledge.dueDate),
        }}
      />
    </>
  );
}
