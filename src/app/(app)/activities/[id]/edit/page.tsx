import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { ActivityForm } from "@/features/activities/components/activity-form";
import { activityFormOptions } from "@/features/activities/form-options";
import { getActivityForEdit } from "@/features/activities/queries";
import { isEditable } from "@/domain/activity-status";
import { todayInShanghai } from "@/domain/days";
import { shanghaiDay } from "@/lib/dates";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

/**
 * Edits a draft or returned activity (its recorder: the unit's liaison, or ADMIN), or — for ADMIN —
 * corrects a verified one. Anything else goes back to the activity's page.
 */
export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("activities.record");
  const id = await pageId(params);
  const activity = await getActivityForEdit(db, user, id);
  if (!activity) notFound();
  const correcting = activity.status === "VERIFIED" && can(user.role, "activities.review");
  if (!correcting && !isEditable(activity.status)) redirect(`/activities/${id}`);

  const t = await getTranslations("activities");
  const options = await activityFormOptions(db, user, { pairingId: activity.pairingId, indicatorIds: activity.values.map((v) => v.indicatorId) });
  return (
    <>
      <PageHeader title={correcting ? t("correctTitle") : t("editTitle")} description={activity.title} />
      {activity.status === "RETURNED" && activity.returnReason && (
        <Alert tone="info" className="mb-4 max-w-2xl">
          {t("detail.returnedNotice", { reason: activity.returnReason })}
        </Alert>
      )}
      <ActivityForm
        mode={correcting ? "correct" : "edit"}
        {...options}
        today={todayInShanghai()}
        activity={{
          id: activity.id,
          version: activity.version,
          pairingId: activity.pairingId,
          area: activity.area,
          date: shanghaiDay(activity.date),
          title: activity.title,
          place: activity.place,
          description: activity.description,
          unitParticipants: activity.unitParticipants,
          villageParticipants: activity.villageParticipants,
          values: activity.values.map(({ indicatorId, value }) => ({ indicatorId, value })),
          attachments: activity.attachments,
        }}
      />
    </>
  );
}
