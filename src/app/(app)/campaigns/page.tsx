import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { todayInShanghai } from "@/domain/days";
import { currentCampaign, listCampaignsWithCounts } from "@/features/campaigns/queries";
import { db } from "@/server/db";
import { writesRegion } from "@/server/scope";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns"))("title") };
}

export default async function CampaignsPage() {
  const user = await requirePermission("campaigns.write");
  const t = await getTranslations("campaigns");
  const [rows, current] = await Promise.all([listCampaignsWithCounts(db, user), currentCampaign(db, user, todayInShanghai())]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href="/campaigns/new" variant="primary">{t("new")}</LinkButton>} />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table
          caption={t("title")}
          head={
            <>
              <Th>{t("fields.name")}</Th>
              <Th>{t("fields.region")}</Th>
              <Th>{t("fields.startsOn")}</Th>
              <Th>{t("fields.endsOn")}</Th>
              <Th>{t("fields.surveyPeriod")}</Th>
              <Th>{t("pairingCount")}</Th>
            </>
          }
        >
          {rows.map((c) => (
            <tr key={c.id} className="hover:bg-stone-50">
              <Td>
                {/* A department edits its own region's campaigns; those below it it reads. */}
                {writesRegion(user, c.regionId) ? (
                  <Link href={`/campaigns/${c.id}/edit`} className="font-medium text-brand-700 hover:underline">
                    {c.name}
                  </Link>
                ) : (
                  <span className="font-medium">{c.name}</span>
                )}
                {c.id === current?.id && <span className="ml-2 text-xs text-stone-500">{t("current")}</span>}
              </Td>
              <Td className="px-3 py-2 whitespace-nowrap">{c.regionName}</Td>
              <Td className="px-3 py-2 tabular-nums">{c.start}</Td>
              <Td className="px-3 py-2 tabular-nums">{c.end}</Td>
              <Td className="px-3 py-2 tabular-nums">{c.surveyPeriod ?? "—"}</Td>
              <Td className="px-3 py-2 tabular-nums">
                <Link href={`/pairings?campaign=${c.id}`} className="text-brand-700 hover:underline">
                  {c.pairings}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
