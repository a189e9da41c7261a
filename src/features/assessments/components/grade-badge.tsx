import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { GradeCode } from "@/domain/assessment";

const TONE = { EXCELLENT: "green", GOOD: "sky", FAIR: "amber", POOR: "red" } as const;

export async function GradeBadge({ grade }: { grade: GradeCode }) {
  const t = await getTranslations("assessments.grades");
  return <Badge tone={TONE[grade]}>{t(grade)}</Badge>;
}
