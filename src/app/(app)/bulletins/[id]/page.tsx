import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BulletinSheet, BULLETIN_CSS } from "@/features/bulletins/components/bulletin-sheet";
import { DraftButtons } from "@/features/bulletins/components/bulletin-buttons";
import { EditBulletinForm } from "@/features/bulletins/components/edit-form";
import { parseContent } from "@/features/bulletins/content";
import { getBulletin } from "@/features/bulletins/queries";
import { screenDocument } from "@/features/bulletins/render";
import { db } from "@/server/db";
import { pageId } from "@/server/page-params";
import { can } from "@/server/permissions";
import { writesCampaign } from "@/features/campaigns";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("bulletins"))("title") };
}

export default async function BulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("bulletins.read");
  const bulletin = await getBulletin(db, user, await pageId(params));
  if (!bulletin) notFound();
  const t = await getTranslations("bulletins");
  const doc = await screenDocument(bulletin);
  // Editable only as a draft, and only by the department of the campaign's own region (the server's rule).
  const draft = bulletin.status === "DRAFT" && can(user.role, "bulletins.write") && (await writesCampaign(db, user, bulletin.campaignId));
  const { issuer, summary, closing, distribution } = parseContent(bulletin.content);
  return (
    <>
      <style>{BULLETIN_CSS}</style>
      <PageHeader
        title={bulletin.title}
        description={`${bulletin.campaign.name} · ${doc.numberLine}`}
        actions={
          <>
            <LinkButton href="/bulletins">{t("actions.back")}</LinkButton>
            <LinkButton href={`/print/bulletins/${bulletin.id}`}>{t("actions.print")}</LinkButton>
            <a href={`/api/bulletins/${bulletin.id}/docx`} className="inline-flex items-center rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-50" data-testid="docx-link">
              {t("actions.docx")}
            </a>
            {draft && <DraftButtons id={bulletin.id} />}
          </>
        }
      />
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-8">
          <BulletinSheet doc={doc} />
        </div>
        {draft && (
          <div>
            <EditBulletinForm id={bulletin.id} version={bulletin.version} title={bulletin.title} texts={{ issuer, summary, closing, distribution }} />
          </div>
        )}
      </div>
    </>
  );
}
