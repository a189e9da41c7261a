"use client";
import { useTranslations } from "next-intl";
import { VillageSelect } from "@/features/villages/client";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { createPairing, updatePairing } from "../actions";
import type { PairingFormOptions } from "../queries";

/** An existing pairing as the edit form shows it (dates as "YYYY-MM-DD", Shanghai days). */
export type PairingValues = {
  id: number;
  /** The record's version when the form was opened: a save over a newer one is refused. */
  version: number;
  title: string;
  status: "ACTIVE" | "ENDED";
  startDate: string;
  endDate: string | null;
  goals: string;
  contactLeaderId: number | null;
  contactLeaderName: string;
};

type Props = {
  options: PairingFormOptions;
  /** The campaigns a new pairing may join, newest first, and the one chosen by default (the current one). */
  campaigns?: { choices: { id: number; name: string }[]; current: number | null };
  pairing?: PairingValues;
  /** Preselected unit or village for a new pairing (from the unit's or village's page). */
  preset?: { unitId?: number; villageId?: number };
};

export function PairingForm({ options, pairing, preset, campaigns }: Props) {
  const t = useTranslations("pairings");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(pairing ? updatePairing : createPairing, ({ id }) => {
    router.push(`/pairings/${id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      {pairing ? (
        <>
          <input type="hidden" name="id" value={pairing.id} />
          <input type="hidden" name="version" value={pairing.version} />
          <p className="text-sm text-stone-600">{t("identityFixed", { title: pairing.title })}</p>
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {campaigns && (
            <SelectField label={t("fields.campaignId")} name="campaignId" defaultValue={campaigns.current ?? ""} error={fieldError("campaignId")} className="sm:col-span-2">
              {campaigns.choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          )}
          <SearchableSelect
            label={t("fields.unit")}
            name="unitId"
            defaultValue={preset?.unitId}
            required
            error={fieldError("unitId")}
            placeholder={tc("choose")}
            choices={options.units.map((u) => ({ value: u.id, label: u.name, sortKey: u.sortKey }))}
          />
          <VillageSelect label={t("fields.village")} villages={options.villages} defaultValue={preset?.villageId} error={fieldError("villageId")} />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.startDate")} name="startDate" type="date" defaultValue={pairing?.startDate} required error={fieldError("startDate")} />
        {pairing?.status === "ENDED" && (
          <TextField label={t("fields.endDate")} name="endDate" type="date" defaultValue={pairing.endDate ?? ""} required error={fieldError("endDate")} />
        )}
      </div>
      <TextAreaField label={t("fields.goals")} name="goals" defaultValue={pairing?.goals} rows={4} maxLength={2000} error={fieldError("goals")} />
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-700">{t("fields.contactLeader")}</legend>
        <p className="text-xs text-stone-500">{t("contactLeaderHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("fields.contactLeaderId")} name="contactLeaderId" defaultValue={pairing?.contactLeaderId ?? ""} error={fieldError("contactLeaderId")}>
            <option value="">{tc("none")}</option>
            {options.leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.displayName}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("fields.contactLeaderName")}
            name="contactLeaderName"
            defaultValue={pairing?.contactLeaderName}
            placeholder={t("contactLeaderPlaceholder")}
            maxLength={100}
            error={fieldError("contactLeaderName")}
          />
        </div>
      </fieldset>
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={pairing ? `/pairings/${pairing.id}` : "/pairings"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
