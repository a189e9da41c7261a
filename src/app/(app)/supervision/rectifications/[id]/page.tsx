import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RectificationDetail } from "@/features/supervision/components/rectification-detail";
import { getRectificationForReader } from "@/features/supervision/queries-rectifications";
import { db } from "@/server/db";
import { pageId } from "@/server/page-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("tabs.rectifications") };
}

export default async function RectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("rectifications.read");
  const item = await getRectificationForReader(db, user, await pageId(params));
  if (!item) notFound();
  return <RectificationDetail item={item} user={user} />;
}
