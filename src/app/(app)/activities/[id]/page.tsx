import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityDetail } from "@/features/activities/components/activity-detail";
import { getActivityForReader, getActivityHistory } from "@/features/activities/queries";
import { getEvidenceReport } from "@/features/evidence";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export async function generateMetadata() {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("activities.read");
  const id = await pageId(params);
  const activity = await getActivityForReader(db, user, id);
  if (!activity) notFound();
  // Whoever may read the activity and records activities may act on it as its recorder.
  const [history, evidence] = await Promise.all([getActivityHistory(db, activity), getEvidenceReport(db, user, activity)]);
  return <ActivityDetail activity={activity} history={history} evidence={evidence} user={user} mayRecord={can(user.role, "activities.record")} />;
}
