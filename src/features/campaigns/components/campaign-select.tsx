import { getTranslations } from "next-intl/server";
import { type OptionPair, OptionsSelect } from "@/components/ui/options-select";
import { ALL_CAMPAIGNS } from "../constants";
import type { CampaignSummary } from "../queries";

/**
 * A filter bar's campaign picker (`campaign=`) for pages that always show one campaign: no empty
 * "all" choice that would silently mean "the current one"; `allowAll` adds every campaign
 * together where a page can show that.
 */
export async function CampaignSelect({ campaigns, value, allowAll = false, className = "w-full sm:w-48" }: { campaigns: CampaignSummary[]; value: number | null; allowAll?: boolean; className?: string }) {
  const t = await getTranslations("campaigns");
  if (campaigns.length === 0) return null;
  const options: OptionPair[] = campaigns.map((c) => [c.id, c.name] as const);
  if (allowAll) options.push([ALL_CAMPAIGNS, t("all")]);
  return (
    <OptionsSelect label={t("picker")} name="campaign" defaultValue={value === null ? ALL_CAMPAIGNS : String(value)} className={className} data-testid="campaign-select" options={options} />
  );
}
