import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/features/dashboard/components/dashboard-view";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  return <DashboardView context={await loadDashboardContext(user, params)} params={params} />;
}
