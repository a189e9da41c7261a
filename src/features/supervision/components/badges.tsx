import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RectificationStatus } from "@/generated/sqlite/enums";

const TONES = { OPEN: "amber", IN_PROGRESS: "sky", REPORTED: "brand", CLOSED: "green" } as const;

/** The item's status, "sent back" when it was, and how long it is overdue. */
export function RectificationBadges({ status, returned, daysOverdue }: { status: RectificationStatus; returned: boolean; daysOverdue: number }) {
  const t = useTranslations("supervision");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>
      {returned && status === "IN_PROGRESS" && <Badge tone="red">{t("returned")}</Badge>}
      {daysOverdue > 0 && <Badge tone="red">{t("overdueDays", { days: daysOverdue })}</Badge>}
    </span>
  );
}
