"use client";
// One click: a draft bulletin for the period and scope, then straight to it for editing.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { generateBulletin } from "../actions";

type Props = {
  townships: { id: number; name: string }[];
  /** The campaigns to choose from (the department's own region's) and the one chosen first (the current one). */
  campaigns: { id: number; name: string }[];
  currentCampaign: number | null;
  from: string;
  to: string;
};

export function GenerateBulletinForm({ townships, campaigns, currentCampaign, from, to }: Props) {
  const t = useTranslations("bulletins");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(generateBulletin, ({ id }) => router.push(`/bulletins/${id}`));
  return (
    <form onSubmit={onSubmit} noValidate className="mb-5 space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="generate-form">
      <h2 className="font-semibold">{t("generate.title")}</h2>
      <p className="text-sm text-stone-600">{t("generate.hint")}</p>
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap items-start gap-3">
        <TextField label={t("generate.from")} name="from" type="date" defaultValue={from} required error={fieldError("from")} className="w-full sm:w-44" />
        <TextField label={t("generate.to")} name="to" type="date" defaultValue={to} required error={fieldError("to")} className="w-full sm:w-44" />
        <SelectField label={t("generate.campaign")} name="campaignId" defaultValue={currentCampaign ?? ""} required error={fieldError("campaignId")} className="w-full sm:w-44">
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("generate.township")} name="townshipId" defaultValue="" error={fieldError("townshipId")} className="w-full sm:w-44">
          <option value="">{t("wholeCity")}</option>
          {townships.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" disabled={pending} className="sm:mt-6">
          {pending ? t("generate.working") : t("generate.submit")}
        </Button>
      </div>
    </form>
  );
}
