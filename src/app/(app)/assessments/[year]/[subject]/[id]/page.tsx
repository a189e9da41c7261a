import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { subjectBreakdown } from "@/features/assessments/breakdown";
import { AdjustForm } from "@/features/assessments/components/adjust-form";
import { SubjectBreakdownView } from "@/features/assessments/components/subject-breakdown";
import { mayAssess, namedCampaign } from "@/features/assessments/page-context";
import { parseId } from "@/domain/ids";
import type { SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

type Params = Promise<{ year: string; subject: string; id: string }>;

async function load(user: CurrentUser, params: Params, searchParams: SearchParams) {
  const { year, subject, id } = await params;
  const y = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const subjectId = parseId(id);
  if (!y || (subject !== "unit" && subject !== "village") || !subjectId) return null;
  // A campaign the reader does not see is "not found", like a unit outside it.
  const campaign = await namedCampaign(db, user, searchParams);
  if (!campaign) return null;
  return subjectBreakdown(db, campaign.id, y, subject, subjectId);
}

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("actions.breakdown") };
}

export default async function AssessmentBreakdownPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("assessments.read");
  const b = await load(user, params, await searchParams);
  if (!b) notFound();
  const t = await getTranslations("assessments");
  const r = b.result;
  const writable = !b.frozen && (await mayAssess(db, user, b.campaignId));
  return (
    <>
      <PageHeader
        title={t("breakdown.title", { name: r.name, year: b.year })}
        description={t("breakdown.subtitle", { subject: t(`subjects.${b.subject}`), township: r.detail, pairings: r.measures.pairings })}
        actions={<LinkButton href={`/assessments?campaign=${b.campaignId}&year=${b.year}&subject=${b.subject}`}>{t("actions.back")}</LinkButton>}
      />
      <SubjectBreakdownView
        b={b}
        adjust={writable && <AdjustForm campaignId={b.campaignId} year={b.year} subject={b.subject} id={r.id} adjustment={r.adjustment} reason={r.adjustmentReason} />}
      />
    </>
  );
}
