import { getTranslations } from "next-intl/server";
import { IndicatorSources } from "@/features/dashboard/components/sources/indicator-sources";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("sources.indicator.metaTitle") };
}

export default async function Page({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const query = await searchParams;
  const { code } = await params;
  return <IndicatorSources context={await loadDashboardContext(user, query)} code={decodeURIComponent(code)} params={query} />;
}
