import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AssessmentSettingsForm } from "@/features/assessments/components/settings-form";
import { loadAssessmentSettings } from "@/features/assessments/results";
import { settingsToRow } from "@/domain/assessment";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("settings.title") };
}

export default async function AssessmentSettingsPage() {
  await requirePermission("assessments.write");
  const t = await getTranslations("assessments");
  const settings = await loadAssessmentSettings(db);
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} actions={<LinkButton href="/assessments">{t("actions.back")}</LinkButton>} />
      <AssessmentSettingsForm settings={settingsToRow(settings)} />
    </>
  );
}
