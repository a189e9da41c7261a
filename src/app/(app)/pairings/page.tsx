import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLinks } from "@/features/exports/components/export-links";
import { PairingCards } from "@/features/pairings/components/pairing-cards";
import { PairingsList } from "@/features/pairings/components/pairings-list";
import { listMyPairings } from "@/features/pairings/queries";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("pairings"))("title") };
}

export default async function PairingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("pairings.read");
  const params = await searchParams;
  const t = await getTranslations("pairings");

  // A liaison or village secretary has a few pairings of their own: "我的结对", no filters needed.
  if (user.role === "LIAISON" || user.role === "VILLAGE") {
    const rows = await listMyPairings(db, user);
    return (
      <>
        <PageHeader title={t("mine")} description={t(`mineDescription.${user.role}`)} />
        {rows.length === 0 ? <EmptyState title={t("myEmpty")} /> : <PairingCards rows={rows} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="pairings" params={params} />
            {can(user.role, "pairings.write") && <LinkButton href="/pairings/new" variant="primary">{t("new")}</LinkButton>}
          </>
        }
      />
      <PairingsList user={user} params={params} />
    </>
  );
}
