"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createCampaign, updateCampaign } from "../actions";

type Editable = { id: number; version: number; name: string; start: string; end: string; surveyPeriod: string | null };

export function CampaignForm({ campaign }: { campaign?: Editable }) {
  const t = useTranslations("campaigns");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(campaign ? updateCampaign : createCampaign, () => {
    router.push("/campaigns");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      {campaign && <input type="hidden" name="id" value={campaign.id} />}
      {campaign && <input type="hidden" name="version" value={campaign.version} />}
      <TextField label={t("fields.name")} name="name" defaultValue={campaign?.name} required maxLength={100} error={fieldError("name")} />
      <TextField label={t("fields.startsOn")} name="startsOn" type="date" defaultValue={campaign?.start} required error={fieldError("startsOn")} />
      <TextField label={t("fields.endsOn")} name="endsOn" type="date" defaultValue={campaign?.end} required error={fieldError("endsOn")} />
      <TextField
        label={t("fields.surveyPeriod")}
        name="surveyPeriod"
        type="month"
        defaultValue={campaign?.surveyPeriod ?? ""}
        hint={t("surveyPeriodHint")}
        error={fieldError("surveyPeriod")}
      />
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href="/campaigns" variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
