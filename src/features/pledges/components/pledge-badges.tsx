import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const STATUS_TONES = { PROMISED: "neutral", IN_PROGRESS: "sky", FULFILLED: "green" } as const;

/** The pledge's status, and "overdue" beside it when its due day has passed unfulfilled. */
export function PledgeStatusBadges({ status, overdue }: { status: keyof typeof STATUS_TONES; overdue: boolean }) {
  const t = useTranslations("pledges");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>
      {overdue && <Badge tone="red">{t("overdue")}</Badge>}
    </span>
  );
}
