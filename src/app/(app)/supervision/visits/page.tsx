import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { ImportLinks } from "@/features/imports/components/import-links";
import { SupervisionTabs } from "@/features/supervision/components/supervision-tabs";
import { VisitsView } from "@/features/supervision/components/visits-view";
import { hasWritablePairings } from "@/features/supervision/queries-visits";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("visits.title") };
}

export default async function VisitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("supervision.read");
  const t = await getTranslations("supervision");
  const params = await searchParams;
  const writes = can(user.role, "supervision.write") && (await hasWritablePairings(db, user));
  return (
    <>
      <PageHeader
        title={t("visits.title")}
        description={t("visits.description")}
        actions={
          <>
            <ExportLinks list="visits" params={params} />
            <ImportLinks kind="visits" user={user} />
            {writes && (
              <>
                <LinkButton href="/supervision/visits/assign">{t("visits.assign")}</LinkButton>
                <LinkButton href="/supervision/visits/new" variant="primary">
                  {t("visits.new")}
                </LinkButton>
              </>
            )}
          </>
        }
      />
      <SupervisionTabs current="visits" user={user} />
      <VisitsView params={params} user={user} />
    </>
  );
}
