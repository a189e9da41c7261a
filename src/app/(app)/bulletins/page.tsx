import { getTranslations } from "next-intl/server";
import { writableTownships } from "@/server/scope";
import { PageHeader } from "@/components/ui/page-header";
import { BulletinsList } from "@/features/bulletins/components/bulletins-list";
import { GenerateBulletinForm } from "@/features/bulletins/components/generate-form";
import { bulletinYears } from "@/features/bulletins/queries";
import { townshipOptions } from "@/features/townships";
import { currentCampaignWhere, writableCampaignChoices } from "@/features/campaigns";
import { writableCampaigns } from "@/server/scope";
import { todayInShanghai } from "@/domain/days";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("bulletins"))("title") };
}

export default async function BulletinsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("bulletins.read");
  const t = await getTranslations("bulletins");
  const admin = can(user.role, "bulletins.write");
  const today = todayInShanghai();
  // Bulletins are generated for the department's own region's campaigns only (a prefecture without
  // one of its own reads its counties' bulletins and generates none).
  const [townships, years, campaigns, current] = await Promise.all([
    admin ? townshipOptions(db, writableTownships(user)) : [],
    bulletinYears(db, user, Number(today.slice(0, 4))),
    admin ? writableCampaignChoices(db, user) : [],
    admin ? currentCampaignWhere(db, writableCampaigns(user), today) : null,
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {campaigns.length > 0 && <GenerateBulletinForm townships={townships} campaigns={campaigns} currentCampaign={current?.id ?? null} from={`${today.slice(0, 7)}-01`} to={today} />}
      <BulletinsList params={await searchParams} user={user} years={years} />
    </>
  );
}
