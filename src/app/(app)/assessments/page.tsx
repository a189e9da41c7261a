import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { AssessmentOverview } from "@/features/assessments/components/assessment-overview";
import { FreezeButton } from "@/features/assessments/components/freeze-buttons";
import { assessmentContext } from "@/features/assessments/page-context";
import { loadYearView } from "@/features/assessments/results";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("title") };
}

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("assessments.read");
  const t = await getTranslations("assessments");
  const params = await searchParams;
  const context = await assessmentContext(db, user, params);
  if (!context) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState title={t("noCampaign")} />
      </>
    );
  }
  const { campaign, year, writable } = context;
  const view = await loadYearView(db, campaign.id, year);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="assessments" params={{ ...params, campaign: String(campaign.id), year: String(year) }} />
            {writable && (
              <>
                <LinkButton href={`/assessments/settings?campaign=${campaign.id}`}>{t("actions.settings")}</LinkButton>
                <FreezeButton campaignId={campaign.id} year={year} frozen={view.frozen !== null} />
              </>
            )}
          </>
        }
      />
      <AssessmentOverview view={view} context={context} params={params} />
    </>
  );
}
