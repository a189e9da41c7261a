import { getTranslations } from "next-intl/server";
import { ActivitySources } from "@/features/dashboard/components/sources/activity-sources";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("sources.activities.title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  return <ActivitySources context={await loadDashboardContext(user, params)} params={params} />;
}
