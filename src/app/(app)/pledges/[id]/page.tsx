import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PledgeDetail } from "@/features/pledges/components/pledge-detail";
import { getPledgeForReader } from "@/features/pledges/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export async function generateMetadata() {
  return { title: (await getTranslations("pledges"))("title") };
}

export default async function PledgePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("pledges.read");
  const pledge = await getPledgeForReader(db, user, await pageId(params));
  if (!pledge) notFound();
  return <PledgeDetail pledge={pledge} user={user} />;
}
