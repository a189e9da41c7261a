import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const STATUS_TONES = { DRAFT: "neutral", SUBMITTED: "amber", VERIFIED: "green", RETURNED: "red" } as const;

export async function ActivityStatusBadge({ status }: { status: keyof typeof STATUS_TONES }) {
  const t = await getTranslations("activities.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
