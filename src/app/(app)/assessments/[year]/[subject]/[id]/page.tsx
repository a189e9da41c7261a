import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { subjectBreakdown } from "@/features/assessments/breakdown";
import { AdjustForm } from "@/features/assessments/components/adjust-form";
import { SubjectBreakdownView } from "@/features/assessments/components/subject-breakdown";
import { parseId } from "@/domain/ids";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

type Params = Promise<{ year: string; subject: string; id: string }>;

async function load(params: Params) {
  const { year, subject, id } = await params;
  const y = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const subjectId = parseId(id);
  if (!y || (subject !== "unit" && subject !== "village") || !subjectId) return null;
  return subjectBreakdown(db, y, subject, subjectId);
}

export async function generateMetadata() {
  return { title: (await getTranslations("assessments"))("actions.breakdown") };
}

export default async function AssessmentBreakdownPage({ params }: { params: Params }) {
  const user = await requirePermission("assessments.read");
  const b = await load(params);
  if (!b) notFound();
  const t = await getTranslations("assessments");
  const r = b.result;
  return (
    <>
      <PageHeader
        title={t("breakdown.title", { name: r.name, year: b.year })}
        description={t("breakdown.subtitle", { subject: t(`subjects.${b.subject}`), township: r.detail, pairings: r.measures.pairings })}
        actions={<LinkButton href={`/assessments?year=${b.year}&subject=${b.subject}`}>{t("actions.back")}</LinkButton>}
      />
      <SubjectBreakdownView
        b={b}
        adjust={can(user.role, "assessments.write") && !b.frozen && <AdjustForm year={b.year} subject={b.subject} id={r.id} adjustment={r.adjustment} reason={r.adjustmentReason} />}
      />
    </>
  );
}
