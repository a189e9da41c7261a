import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const STATUS_TONES = { DRAFT: "neutral", SUBMITTED: "amber", VERIFIED: "green", RETURNED: "red" } as const;

export function ActivityStatusBadge({ status }: { status: keyof typeof STATUS_TONES }) {
  const t = useTranslations("activities.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
