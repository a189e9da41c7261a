"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { ChoiceField, TextField } from "@/components/ui/field";
import { createVillage, updateVillage } from "../actions";

type VillageValues = {
  id: number;
  /** The record's version when the form was opened: a save over a newer one is refused. */
  version: number;
  name: string;
  townshipId: number;
  secretary: string;
  households: number | null;
  population: number | null;
  memberCount: number | null;
  poorHouseholds: number | null;
  latitude: number | null;
  longitude: number | null;
};

const FIGURES = ["households", "population", "memberCount", "poorHouseholds"] as const;

export function VillageForm({
  village,
  townships,
  townshipId,
}: {
  village?: VillageValues;
  townships: { id: number; name: string }[];
  /** Preselected township for a new village (from the township's page). */
  townshipId?: number;
}) {
  const t = useTranslations("villages");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(village ? updateVillage : createVillage, ({ id }) => {
    router.push(`/villages/${id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      {village && <input type="hidden" name="id" value={village.id} />}
      {village && <input type="hidden" name="version" value={village.version} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.name")} name="name" defaultValue={village?.name} required maxLength={50} error={fieldError("name")} />
        <ChoiceField label={t("fields.township")} name="townshipId" defaultValue={village?.townshipId ?? townshipId ?? ""} required error={fieldError("townshipId")} placeholder={tc("choose")} choices={townships.map((township) => ({ value: township.id, label: township.name }))} />
      </div>
      <TextField label={t("fields.secretary")} name="secretary" defaultValue={village?.secretary} error={fieldError("secretary")} />
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {FIGURES.map((field) => (
          <TextField
            key={field}
            label={t(`fields.${field}`)}
            name={field}
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={village?.[field] ?? ""}
            error={fieldError(field)}
          />
        ))}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700">{t("fields.position")}</legend>
        <div className="grid grid-cols-2 gap-4 sm:max-w-md">
          <TextField label={t("fields.latitude")} name="latitude" inputMode="decimal" defaultValue={village?.latitude ?? ""} error={fieldError("latitude")} />
          <TextField label={t("fields.longitude")} name="longitude" inputMode="decimal" defaultValue={village?.longitude ?? ""} error={fieldError("longitude")} />
        </div>
        <p className="text-xs text-stone-500">{t("positionHint")}</p>
      </fieldset>
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={village ? `/villages/${village.id}` : "/villages"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
