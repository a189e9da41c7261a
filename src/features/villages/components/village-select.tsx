import { useTranslations } from "next-intl";
import { SearchableSelect } from "@/components/ui/searchable-select";

export type VillageOption = { id: number; name: string; township: string; sortKey: string };

/** Picks a village, grouped by township as people look for it; searchable by name or pinyin initials. */
export function VillageSelect({ label, villages, defaultValue, error }: { label: string; villages: VillageOption[]; defaultValue?: number | null; error?: string }) {
  const tc = useTranslations("common");
  return (
    <SearchableSelect
      label={label}
      name="villageId"
      placeholder={tc("choose")}
      defaultValue={defaultValue}
      required
      error={error}
      choices={villages.map((v) => ({ value: v.id, label: v.name, group: v.township, sortKey: v.sortKey }))}
    />
  );
}
