import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignForm } from "@/features/campaigns/components/campaign-form";
import { getCampaignForEdit } from "@/features/campaigns/queries";
import { db } from "@/server/db";
import { pageId } from "@/server/page-params";
import { requirePermission } from "@/server/session";

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("campaigns.write");
  const campaign = await getCampaignForEdit(db, user, await pageId(params));
  if (!campaign) notFound();
  const t = await getTranslations("campaigns");
  return (
    <>
      <PageHeader title={t("edit", { name: campaign.name })} />
      <CampaignForm campaign={campaign} />
    </>
  );
}
