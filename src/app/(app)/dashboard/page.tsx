import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardView } from "@/features/dashboard/components/dashboard-view";
import { FiguresAsOf } from "@/features/dashboard/components/figures-as-of";
import { loadDashboardContext } from "@/features/dashboard/context";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("dashboard.read");
  const params = await searchParams;
  const context = await loadDashboardContext(user, params);
  return (
    <>
      {/* Streams in once the sections have asked for their figures: were any kept from before the latest change? */}
      <Suspense fallback={null}>
        <FiguresAsOf />
      </Suspense>
      <DashboardView context={context} params={params} />
    </>
  );
}
