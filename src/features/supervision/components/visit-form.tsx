"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { createVisit } from "../actions";
import { type RecordPairingPicker, RecordPairingSelect } from "@/features/pairings/client";

/** `pairings`: the first pairings and the chosen one; the rest are searched on the server. */
type Props = { pairings: RecordPairingPicker; leaders: string[]; today: string };

/** 走访: which leader went to which pairing on which day, and what they discussed and solved there. */
export function VisitForm({ pairings, leaders, today }: Props) {
  const t = useTranslations("supervision");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(createVisit, () => {
    router.push("/supervision/visits");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      {error && <Alert>{error}</Alert>}
      <RecordPairingSelect label={t("fields.pairing")} picker={pairings} error={fieldError("pairingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.visitDate")} name="date" type="date" max={today} required error={fieldError("date")} />
        <TextField label={t("fields.leader")} name="leaderName" list="leader-names" required maxLength={50} error={fieldError("leaderName")} />
        <datalist id="leader-names">
          {leaders.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <TextAreaField label={t("fields.notes")} name="notes" required maxLength={2000} rows={4} error={fieldError("notes")} />
      <div className="flex flex-wrap gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href="/supervision/visits" variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
