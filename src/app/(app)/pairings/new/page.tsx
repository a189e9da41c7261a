import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PairingForm } from "@/features/pairings/components/pairing-form";
import { pairingFormOptions } from "@/features/pairings/queries";
import { type SearchParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { todayInShanghai } from "@/domain/days";
import { currentCampaignWhere, writableCampaignChoices } from "@/features/campaigns";
import { writableCampaigns } from "@/server/scope";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewPairingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pairings.write");
  const t = await getTranslations("pairings");
  const params = await searchParams;
  // A pairing joins a campaign of the department's own region, by default its current one.
  const [campaigns, current] = await Promise.all([writableCampaignChoices(db, user), currentCampaignWhere(db, writableCampaigns(user), todayInShanghai())]);
  return (
    <>
      <PageHeader title={t("new")} />
      <PairingForm
        options={await pairingFormOptions(db, user)}
        campaigns={{ choices: campaigns, current: current?.id ?? null }}
        preset={{ unitId: idParam(params, "unitId"), villageId: idParam(params, "villageId") }}
      />
    </>
  );
}
