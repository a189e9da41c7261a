import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { GradeCode } from "@/domain/assessment";

const TONE = { EXCELLENT: "green", GOOD: "sky", FAIR: "amber", POOR: "red" } as const;

export function GradeBadge({ grade }: { grade: GradeCode }) {
  const t = useTranslations("assessments.grades");
  return <Badge tone={TONE[grade]}>{t(grade)}</Badge>;
}
