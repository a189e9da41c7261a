import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignForm } from "@/features/campaigns/components/campaign-form";
import { requirePermission } from "@/server/session";

export default async function NewCampaignPage() {
  await requirePermission("campaigns.write");
  const t = await getTranslations("campaigns");
  return (
    <>
      <PageHeader title={t("new")} />
      <CampaignForm />
    </>
  );
}
