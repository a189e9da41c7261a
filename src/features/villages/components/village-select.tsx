import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";

export type VillageOption = { id: number; name: string; township: string };

/** Picks a village, grouped by township as people look for it. */
export function VillageSelect({ label, villages, defaultValue, error }: { label: string; villages: VillageOption[]; defaultValue?: number | null; error?: string }) {
  const tc = useTranslations("common");
  const townships = [...new Set(villages.map((v) => v.township))];
  return (
    <SelectField label={label} name="villageId" defaultValue={defaultValue ?? ""} required error={error}>
      <option value="" disabled>
        {tc("choose")}
      </option>
      {townships.map((township) => (
        <optgroup key={township} label={township}>
          {villages
            .filter((v) => v.township === township)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
