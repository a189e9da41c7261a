import { getTranslations } from "next-intl/server";
import { VisitSources } from "@/features/dashboard/components/sources/supervision-sources";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("sources.visits.title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  return <VisitSources context={await loadDashboardContext(user, params)} params={params} />;
}
