import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const STATUS_TONES = { DRAFT: "neutral", SUBMITTED: "amber", VERIFIED: "green", RETURNED: "red" } as const;
const CONFIRMATION_TONES = { PENDING: "neutral", CONFIRMED: "green", DISPUTED: "red" } as const;

export async function ActivityStatusBadge({ status }: { status: keyof typeof STATUS_TONES }) {
  const t = await getTranslations("activities.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}

/** The village's countersign; shown only once the activity has been reported. */
export async function ConfirmationBadge({ confirmation, namespace = "activities" }: { confirmation: keyof typeof CONFIRMATION_TONES; namespace?: "activities" | "pledges" }) {
  const t = await getTranslations(`${namespace}.confirmation`);
  return <Badge tone={CONFIRMATION_TONES[confirmation]}>{t(confirmation)}</Badge>;
}
