import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { CONFIRMATIONS } from "@/domain/countersign";

const CONFIRMATION_TONES = { PENDING: "neutral", CONFIRMED: "green", DISPUTED: "red" } as const satisfies Record<(typeof CONFIRMATIONS)[number], string>;

/** The village's countersign of an activity (once reported) or a pledge (once fulfilled), in that area's words. */
export function ConfirmationBadge({ confirmation, namespace = "activities" }: { confirmation: keyof typeof CONFIRMATION_TONES; namespace?: "activities" | "pledges" }) {
  const t = useTranslations(`${namespace}.confirmation`);
  return <Badge tone={CONFIRMATION_TONES[confirmation]}>{t(confirmation)}</Badge>;
}
