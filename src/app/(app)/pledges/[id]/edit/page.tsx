import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { pairingChoices } from "@/features/activities/queries";
import { PledgeForm } from "@/features/pledges/components/pledge-form";
import { getPledgeForReader } from "@/features/pledges/queries";
import { shanghaiDay } from "@/lib/dates";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function EditPledgePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pledges.manage");
  const pledge = await getPledgeForReader(db, user, Number((await params).id) || 0);
  if (!pledge) notFound();
  if (pledge.status === "FULFILLED") redirect(`/pledges/${pledge.id}`);
  const t = await getTranslations("pledges");
  const pairings = (await pairingChoices(db, user, false)).filter((p) => p.status === "ACTIVE" || p.id === pledge.pairingId).map(({ id, label }) => ({ id, label }));
  return (
    <>
      <PageHeader title={t("editTitle")} />
      <PledgeForm
        pairings={pairings}
        pledge={{
          id: pledge.id,
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
