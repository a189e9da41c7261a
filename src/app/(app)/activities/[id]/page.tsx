import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityDetail } from "@/features/activities/components/activity-detail";
import { getActivityForReader, getActivityHistory } from "@/features/activities/queries";
import { activityRecordScope } from "@/features/activities/visibility";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("activities"))("title") };
}

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("activities.read");
  const id = Number((await params).id) || 0;
  const activity = await getActivityForReader(db, user, id);
  if (!activity) notFound();
  const [history, recordable] = await Promise.all([
    getActivityHistory(db, activity),
    can(user.role, "activities.record") ? db.activity.count({ where: { id, ...activityRecordScope(user) } }) : 0,
  ]);
  return <ActivityDetail activity={activity} history={history} user={user} mayRecord={recordable > 0} />;
}
