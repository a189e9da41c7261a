import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { recordPairingPicker } from "@/features/pairings/queries";
import { PledgeForm } from "@/features/pledges/components/pledge-form";
import { type SearchParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("pledges"))("newTitle") };
}

/** /pledges/new?pairing=ID — the pairing is preselected when it is one of the user's. */
export default async function NewPledgePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pledges.manage");
  const t = await getTranslations("pledges");
  const pairings = await recordPairingPicker(db, user, { wanted: idParam(await searchParams, "pairing") });
  return (
    <>
      <PageHeader title={t("newTitle")} />
      {pairings.initial.length === 0 ? (
        <EmptyState title={t("noPairings")} />
      ) : (
        <PledgeForm pairings={pairings} />
      )}
    </>
  );
}
