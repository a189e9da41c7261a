import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ActivityForm } from "@/features/activities/components/activity-form";
import { activityFormOptions } from "@/features/activities/form-options";
import { type SearchParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { todayInShanghai } from "@/domain/days";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("activities"))("newTitle") };
}

/** /activities/new?pairing=ID — the pairing is preselected when it is one of the user's. */
export default async function NewActivityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("activities.record");
  const t = await getTranslations("activities");
  const { pairings, indicators } = await activityFormOptions(db, user, undefined, idParam(await searchParams, "pairing"));
  return (
    <>
      <PageHeader title={t("newTitle")} />
      {pairings.initial.length === 0 ? (
        <EmptyState title={t("noPairings")} />
      ) : (
        <ActivityForm mode="create" pairings={pairings} indicators={indicators} today={todayInShanghai()} />
      )}
    </>
  );
}
