"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { assignContactPoint } from "../actions";
import { type ContactPointChoices, ContactPointPicker } from "./contact-point-picker";

/** `pairings`: the first pairings; the rest are searched on the server. */
type Props = { pairings: ContactPointChoices; leaders: { id: number; displayName: string }[] };

/** 指定联系点: a leader's account (so the leader sees it on their home page), or just a name and post. */
export function ContactPointForm({ pairings, leaders }: Props) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(assignContactPoint, () => {
    router.push("/supervision/visits");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <p className="text-sm text-stone-600">{t("visits.assignHint")}</p>
      {error && <Alert>{error}</Alert>}
      <ContactPointPicker choices={pairings} error={fieldError("pairingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("fields.leaderUser")} name="leaderUserId" defaultValue="" error={fieldError("leaderUserId")}>
          <option value="">{tc("none")}</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.displayName}
            </option>
          ))}
        </SelectField>
        <TextField label={t("fields.leaderName")} name="leaderName" maxLength={50} hint={t("hints.leaderName")} error={fieldError("leaderName")} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("visits.assign")}
      </Button>
    </form>
  );
}
