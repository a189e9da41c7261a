import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PairingForm } from "@/features/pairings/components/pairing-form";
import { pairingFormOptions } from "@/features/pairings/queries";
import { type SearchParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewPairingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pairings.write");
  const t = await getTranslations("pairings");
  const params = await searchParams;
  return (
    <>
      <PageHeader title={t("new")} />
      <PairingForm options={await pairingFormOptions(db, user)} preset={{ unitId: idParam(params, "unitId"), villageId: idParam(params, "villageId") }} />
    </>
  );
}
