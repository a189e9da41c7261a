// The bulletin's print view: A4, in the style of an official Chinese bulletin, outside the app's
// shell; checked like every page (a leader never sees a draft).
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BulletinSheet, BULLETIN_CSS } from "@/features/bulletins/components/bulletin-sheet";
import { PrintNowButton } from "@/features/bulletins/components/bulletin-buttons";
import { getBulletin } from "@/features/bulletins/queries";
import { officialDocument } from "@/features/bulletins/render";
import { db } from "@/server/db";
import { pageId } from "@/server/page-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("bulletins"))("title") };
}

export default async function PrintBulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("bulletins.read");
  const bulletin = await getBulletin(db, user, await pageId(params));
  if (!bulletin) notFound();
  const t = await getTranslations("bulletins.actions");
  return (
    <>
      <style>{BULLETIN_CSS}</style>
      <div className="no-print mx-auto flex max-w-[210mm] items-center justify-between gap-2 px-4 pt-4">
        <a href={`/bulletins/${bulletin.id}`} className="text-sm text-brand-700 hover:underline">
          {t("back")}
        </a>
        <PrintNowButton />
      </div>
      <BulletinSheet doc={officialDocument(bulletin)} paper />
    </>
  );
}
