import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { enumParam, type SearchParams } from "@/lib/list-params";
import type { DashboardContext } from "../context";
import { monthOf, parseMonth } from "../period";
import { referenceDay } from "../queries/pair-health";
import { AreaChart, MonthlyChart, TownshipChart } from "./activity-charts";
import { DashboardFilters, PeriodSummary } from "./dashboard-filters";
import { EvidenceSection } from "./evidence-section";
import { ConfirmedCard, PairingsCard, PledgeRateCard, RectificationsCard, StatCardSkeleton, VerifiedCard } from "./headline-cards";
import { OutcomeTable } from "./outcome-table";
import { PairHealthSection } from "./pair-health-section";
import { PledgeChart } from "./pledge-chart";
import { Rankings } from "./rankings";
import { RegionBreadcrumb } from "./region-breadcrumb";
import { RegionRollupSection } from "./region-rollup-section";
import { ReportingSection } from "./reporting-section";
import { SatisfactionChart } from "./satisfaction-chart";
import { SectionSkeleton } from "./section";

/** The leaders' dashboard: every card and section loads on its own, behind its own skeleton. */
export async function DashboardView({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const t = await getTranslations("dashboard");
  const { filter, today } = context;
  const rankBy = enumParam(params, "rank", ["activities", "coverage"]) ?? "activities";
  const reportMonth = parseMonth(params, "reportMonth", monthOf(referenceDay(filter, today)));
  const cards = [PairingsCard, VerifiedCard, PledgeRateCard, ConfirmedCard, RectificationsCard];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DashboardFilters context={context} />
      <PeriodSummary context={context} />
      <RegionBreadcrumb context={context} />
      <div className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {cards.map((Card, i) => (
          <Suspense key={i} fallback={<StatCardSkeleton />}>
            <Card filter={filter} />
          </Suspense>
        ))}
      </div>
      <div className="mt-4 space-y-4">
        {context.region && (
          <Suspense fallback={<SectionSkeleton lines={4} />}>
            <RegionRollupSection context={context} />
          </Suspense>
        )}
        <Suspense fallback={<SectionSkeleton lines={10} />}>
          <OutcomeTable filter={filter} />
        </Suspense>
        <div className="grid gap-4 lg:grid-cols-2">
          <Suspense fallback={<SectionSkeleton lines={8} />}>
            <MonthlyChart filter={filter} />
          </Suspense>
          <Suspense fallback={<SectionSkeleton lines={8} />}>
            <PledgeChart filter={filter} />
          </Suspense>
          <Suspense fallback={<SectionSkeleton lines={6} />}>
            <AreaChart filter={filter} />
          </Suspense>
          <Suspense fallback={<SectionSkeleton lines={6} />}>
            <TownshipChart filter={filter} />
          </Suspense>
        </div>
        <Suspense fallback={<SectionSkeleton lines={8} />}>
          <SatisfactionChart filter={filter} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton lines={6} />}>
          <Rankings filter={filter} params={params} rankBy={rankBy} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton lines={10} />}>
          <PairHealthSection filter={filter} today={today} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton lines={4} />}>
          <ReportingSection filter={filter} month={reportMonth} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton lines={4} />}>
          <EvidenceSection filter={filter} />
        </Suspense>
      </div>
    </>
  );
}
