// The ledger's print view: outside the app's shell (no navigation), but checked like every page —
// the permission, then the row scope (another unit's ledger is not found).
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrintLedger } from "@/features/pairings/components/print-ledger";
import { getLedger } from "@/features/pairings/ledger";
import { pairingTitle } from "@/features/pairings/queries";
import { db } from "@/server/db";
import { getCurrentUser, requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";
import { parseId } from "@/domain/ids";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [user, id] = [await getCurrentUser(), parseId((await params).id)];
  const title = user && id ? await pairingTitle(db, user, id) : null;
  const t = await getTranslations("pairings");
  return { title: title ? `${title} · ${t("ledger.title")}` : t("ledger.title") };
}

export default async function PrintPairingLedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pairings.read");
  const ledger = await getLedger(db, user, await pageId(params), { verifiedOnly: true });
  if (!ledger) notFound();
  return <PrintLedger ledger={ledger} />;
}
