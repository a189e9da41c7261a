import { getTranslations } from "next-intl/server";
import { ReportingPage } from "@/features/dashboard/components/reporting-page";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("reporting.title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  return <ReportingPage context={await loadDashboardContext(user, params)} params={params} />;
}
