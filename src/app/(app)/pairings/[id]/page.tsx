import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PairingLedger } from "@/features/pairings/components/pairing-ledger";
import { getLedger } from "@/features/pairings/ledger";
import { pairingTitle } from "@/features/pairings/queries";
import { db } from "@/server/db";
import { getCurrentUser, requirePermission } from "@/server/session";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Scoped like the page: another unit's pairing does not even lend its name to the title.
  const user = await getCurrentUser();
  const title = user ? await pairingTitle(db, user, Number((await params).id) || 0) : null;
  return { title: title ?? (await getTranslations("pairings"))("title") };
}

export default async function PairingLedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pairings.read");
  const ledger = await getLedger(db, user, Number((await params).id) || 0);
  if (!ledger) notFound();
  return <PairingLedger ledger={ledger} user={user} />;
}
