"use client";
// Role with the scope it needs: a unit for a liaison, a village for a village secretary.
import { useTranslations } from "next-intl";
import { VillageSelect } from "@/features/villages/client";
import { useState } from "react";
import { ChoiceField } from "@/components/ui/field";
import type { UserScopeOptions } from "../queries";
import type { RoleCode } from "../schemas";

type Props = {
  options: UserScopeOptions;
  defaults?: { role: RoleCode; unitId: number | null; villageId: number | null; regionId: number | null };
  /** The roles this editor may choose from (the security administrator: all; otherwise fewer). */
  roles: readonly RoleCode[];
  fieldError: (name: string) => string | undefined;
};

export function RoleAndScopeFields({ options, defaults, roles, fieldError }: Props) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [role, setRole] = useState<string>(defaults?.role ?? "");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ChoiceField label={t("fields.role")} name="role" value={role} onChange={(e) => setRole(e.target.value)} required error={fieldError("role")} placeholder={tc("choose")} choices={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} />
      {role === "LIAISON" && (
        <ChoiceField label={t("fields.unit")} name="unitId" defaultValue={defaults?.unitId ?? ""} required error={fieldError("unitId")} placeholder={tc("choose")} choices={options.units.map((u) => ({ value: u.id, label: u.name }))} />
      )}
      {(role === "ADMIN" || role === "LEADER") && (
        <ChoiceField
          label={t("fields.region")}
          name="regionId"
          defaultValue={defaults?.regionId ?? ""}
          required
          error={fieldError("regionId")}
          placeholder={tc("choose")}
          // Indented by depth, so the tree reads from province down to county.
          choices={options.regions.map((r) => ({ value: r.id, label: `${"\u3000".repeat(r.path.split("/").length - 3)}${r.name}` }))}
        />
      )}
      {role === "VILLAGE" && (
        <VillageSelect label={t("fields.village")} villages={options.villages} defaultValue={defaults?.villageId} error={fieldError("villageId")} />
      )}
      {role && <p className="text-xs text-stone-500 sm:col-span-2">{t(`roleHints.${role}`)}</p>}
    </div>
  );
}
