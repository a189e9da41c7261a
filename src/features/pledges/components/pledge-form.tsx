"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { RecordPairingSelect, type RecordPairingPicker } from "@/features/pairings/client";
import { createPledge, updatePledge } from "../actions";
import { PLEDGER_KINDS } from "../schemas";

export type PledgeFormValues = { id: number; version: number; pairingId: number; pledgerKind: string; pledgerName: string; content: string; dueDate: string };

/** `pairings`: the first pairings and the chosen one; the rest are searched on the server. */
type Props = { pairings: RecordPairingPicker; pledge?: PledgeFormValues };

export function PledgeForm({ pairings, pledge }: Props) {
  const t = useTranslations("pledges");
  const tc = useTranslations("common");
  const router = useRouter();
  const [kind, setKind] = useState(pledge?.pledgerKind ?? "MEMBER");
  const { onSubmit, pending, error, fieldError } = useActionForm(pledge ? updatePledge : createPledge, ({ id }) => {
    router.push(`/pledges/${id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      {error && <Alert>{error}</Alert>}
      {pledge && <input type="hidden" name="id" value={pledge.id} />}
      {pledge && <input type="hidden" name="version" value={pledge.version} />}
      <RecordPairingSelect label={t("fields.pairing")} picker={pairings} error={fieldError("pairingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("fields.pledgerKind")} name="pledgerKind" value={kind} onChange={(e) => setKind(e.target.value)} required error={fieldError("pledgerKind")}>
          {PLEDGER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`pledgerKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("fields.pledgerName")}
          name="pledgerName"
          defaultValue={pledge?.pledgerName}
          required={kind === "MEMBER"}
          maxLength={50}
          hint={t("hints.pledgerName")}
          error={fieldError("pledgerName")}
        />
      </div>
      <TextAreaField label={t("fields.content")} name="content" defaultValue={pledge?.content} required maxLength={500} error={fieldError("content")} />
      <TextField label={t("fields.dueDate")} name="dueDate" type="date" defaultValue={pledge?.dueDate} required error={fieldError("dueDate")} className="sm:w-56" />
      <div className="flex flex-wrap gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={pledge ? `/pledges/${pledge.id}` : "/pledges"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
