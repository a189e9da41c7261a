import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { AssessmentOverview } from "@/features/assessments/components/assessment-overview";
import { FreezeButton } from "@/features/assessments/components/freeze-buttons";
import { chosenYear, loadYearView } from "@/features/assessments/results";
import { todayInShanghai } from "@/domain/days";
import { first, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("title") };
}

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("assessments.read");
  const t = await getTranslations("assessments");
  const params = await searchParams;
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const { year, years } = await chosenYear(db, Number(first(params.year)), thisYear);
  const view = await loadYearView(db, year);
  const admin = can(user.role, "assessments.write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="assessments" params={{ ...params, year: String(year) }} />
            {admin && (
              <>
                <LinkButton href="/assessments/settings">{t("actions.settings")}</LinkButton>
                <FreezeButton year={year} frozen={view.frozen !== null} />
              </>
            )}
          </>
        }
      />
      <AssessmentOverview view={view} years={years.includes(year) ? years : [year, ...years]} params={params} />
    </>
  );
}
