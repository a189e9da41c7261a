import { getTranslations } from "next-intl/server";
import { PledgeSources } from "@/features/dashboard/components/sources/pledge-sources";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("sources.pledges.title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  return <PledgeSources context={await loadDashboardContext(user, params)} params={params} />;
}
