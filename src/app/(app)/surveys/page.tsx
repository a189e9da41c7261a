import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { ImportLinks } from "@/features/imports/components/import-links";
import { RoundsTable } from "@/features/surveys/components/rounds-table";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveysPage() {
  const user = await requirePermission("surveys.read");
  const t = await getTranslations("surveys");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="surveys" params={{}} />
            <ImportLinks kind="surveys" user={user} />
            {can(user.role, "surveys.write") && <LinkButton href="/surveys/new" variant="primary">{t("newRound")}</LinkButton>}
          </>
        }
      />
      <h2 className="mb-2 font-semibold">{t("rounds.title")}</h2>
      <RoundsTable user={user} />
    </>
  );
}
