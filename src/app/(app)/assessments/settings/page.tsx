import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AssessmentSettingsForm } from "@/features/assessments/components/settings-form";
import { mayAssess, namedCampaign } from "@/features/assessments/page-context";
import { loadAssessmentSettings } from "@/features/assessments/results";
import { settingsToRow } from "@/domain/assessment";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("settings.title") };
}

export default async function AssessmentSettingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("assessments.write");
  const t = await getTranslations("assessments");
  // Settings are the campaign's: only a campaign of the department's own region has them to edit.
  const campaign = await namedCampaign(db, user, await searchParams);
  if (!campaign || !(await mayAssess(db, user, campaign.id))) notFound();
  const settings = await loadAssessmentSettings(db, campaign.id);
  return (
    <>
      <PageHeader
        title={t("settings.title")}
        description={`${t("settings.campaignDescription", { campaign: campaign.name })} ${t("settings.description")}`}
        actions={<LinkButton href={`/assessments?campaign=${campaign.id}`}>{t("actions.back")}</LinkButton>}
      />
      <AssessmentSettingsForm campaignId={campaign.id} settings={settingsToRow(settings)} />
    </>
  );
}
