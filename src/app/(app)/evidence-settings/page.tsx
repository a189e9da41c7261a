import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EvidenceSettingsForm } from "@/features/evidence/client";
import { loadEvidenceSettings } from "@/features/evidence/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("evidence"))("settings.title") };
}

export default async function EvidenceSettingsPage() {
  await requirePermission("evidence.configure");
  const t = await getTranslations("evidence.settings");
  const { updatedAt: _, ...settings } = await loadEvidenceSettings(db);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EvidenceSettingsForm settings={settings} />
    </>
  );
}
