import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PairingLedger } from "@/features/pairings/components/pairing-ledger";
import { getLedger } from "@/features/pairings/ledger";
import { pairingTitle } from "@/features/pairings/queries";
import { db } from "@/server/db";
import { getCurrentUser, requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";
import { parseId } from "@/domain/ids";
import type { SearchParams } from "@/lib/list-params";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Scoped like the page: another unit's pairing does not even lend its name to the title.
  const [user, id] = [await getCurrentUser(), parseId((await params).id)];
  const title = user && id ? await pairingTitle(db, user, id) : null;
  return { title: title ?? (await getTranslations("pairings"))("title") };
}

export default async function PairingLedgerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pairings.read");
  const ledger = await getLedger(db, user, await pageId(params));
  if (!ledger) notFound();
  return <PairingLedger ledger={ledger} user={user} params={await searchParams} />;
}
