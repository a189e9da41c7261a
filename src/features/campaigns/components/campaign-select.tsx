import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/field";
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
  return (
    <SelectField label={t("picker")} name="campaign" defaultValue={value === null ? ALL_CAMPAIGNS : String(value)} className={className} data-testid="campaign-select">
      {campaigns.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      {allowAll && <option value={ALL_CAMPAIGNS}>{t("all")}</option>}
    </SelectField>
  );
}
