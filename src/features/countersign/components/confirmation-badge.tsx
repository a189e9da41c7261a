import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CONFIRMATIONS } from "@/domain/countersign";

const CONFIRMATION_TONES = { PENDING: "neutral", CONFIRMED: "green", DISPUTED: "red" } as const satisfies Record<(typeof CONFIRMATIONS)[number], string>;

/** The village's countersign of an activity (once reported) or a pledge (once fulfilled), in that area's words. */
export async function ConfirmationBadge({ confirmation, namespace = "activities" }: { confirmation: keyof typeof CONFIRMATION_TONES; namespace?: "activities" | "pledges" }) {
  const t = await getTranslations(`${namespace}.confirmation`);
  return <Badge tone={CONFIRMATION_TONES[confirmation]}>{t(confirmation)}</Badge>;
}
