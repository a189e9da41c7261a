"use client";
// Recording, editing or correcting an activity. Built for a phone in a village: one column, big
// targets, nothing lost when the server refuses something (the form is never reset).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { ChoiceField, TextAreaField, TextField } from "@/components/ui/field";
import { CONTENT_AREAS } from "@/lib/content-areas";
import type { ActionResult } from "@/server/action-core";
import { correctActivity, createActivity, updateActivity } from "../actions";
import { AttachmentsField } from "@/features/attachments/client";
import { RecordPairingSelect, type RecordPairingPicker } from "@/features/pairings/client";
import { type IndicatorOption, IndicatorValuesField } from "./indicator-values-field";

export type ActivityFormValues = {
  id: number;
  /** The record's version when the form was opened: a save over a newer one is refused. */
  version: number;
  pairingId: number;
  area: string;
  /** "YYYY-MM-DD" (Shanghai). */
  date: string;
  title: string;
  place: string;
  description: string;
  unitParticipants: number | null;
  villageParticipants: number | null;
  values: { indicatorId: number; value: number }[];
  attachments: { id: number; fileName: string }[];
};

type Props = {
  mode: "create" | "edit" | "correct";
  /** The first pairings and the chosen one; the rest are searched on the server. */
  pairings: RecordPairingPicker;
  indicators: IndicatorOption[];
  activity?: ActivityFormValues;
  /** Today in Shanghai, the latest date the picker offers. */
  today: string;
};

const ACTIONS: Record<Props["mode"], (form: FormData) => Promise<ActionResult<{ id: number }>>> = {
  create: createActivity,
  edit: updateActivity,
  correct: correctActivity,
};

export function ActivityForm({ mode, pairings, indicators, activity, today }: Props) {
  const t = useTranslations("activities");
  const tc = useTranslations("common");
  const ta = useTranslations("areas");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(ACTIONS[mode], ({ id }) => {
    router.push(`/activities/${id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      {error && <Alert>{error}</Alert>}
      {activity && <input type="hidden" name="id" value={activity.id} />}
      {activity && <input type="hidden" name="version" value={activity.version} />}

      <RecordPairingSelect label={t("fields.pairing")} picker={pairings} hint={mode === "correct" ? undefined : t("form.pairingHint")} error={fieldError("pairingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceField label={t("fields.area")} name="area" defaultValue={activity?.area ?? ""} required error={fieldError("area")} placeholder={tc("choose")} choices={CONTENT_AREAS.map((a) => ({ value: a, label: ta(a) }))} />
        <TextField label={t("fields.date")} name="date" type="date" max={today} defaultValue={activity?.date ?? today} required error={fieldError("date")} />
      </div>
      <TextField label={t("fields.title")} name="title" defaultValue={activity?.title} required maxLength={100} error={fieldError("title")} />
      <TextField label={t("fields.place")} name="place" defaultValue={activity?.place} maxLength={100} error={fieldError("place")} />
      <TextAreaField label={t("fields.description")} name="description" defaultValue={activity?.description} maxLength={2000} error={fieldError("description")} />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          label={t("fields.unitParticipants")}
          name="unitParticipants"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={activity?.unitParticipants ?? ""}
          error={fieldError("unitParticipants")}
        />
        <TextField
          label={t("fields.villageParticipants")}
          name="villageParticipants"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          defaultValue={activity?.villageParticipants ?? ""}
          error={fieldError("villageParticipants")}
        />
      </div>
      <IndicatorValuesField options={indicators} initial={activity?.values ?? []} fieldError={fieldError} />
      <AttachmentsField existing={activity?.attachments ?? []} error={fieldError("files")} />

      {mode === "correct" && (
        <TextAreaField
          label={t("fields.correctionReason")}
          name="reason"
          required
          maxLength={500}
          hint={t("form.correctionHint")}
          error={fieldError("reason")}
        />
      )}

      <div className="flex flex-wrap gap-2 pt-2">
        {mode === "correct" ? (
          <Button type="submit" disabled={pending}>
            {pending ? tc("saving") : t("form.saveCorrection")}
          </Button>
        ) : (
          <>
            {/* The draft button comes first: pressing Enter in a field saves, it never submits for review. */}
            <Button type="submit" variant="secondary" disabled={pending} name="intent" value="draft">
              {t("form.saveDraft")}
            </Button>
            <Button type="submit" disabled={pending} name="intent" value="submit">
              {pending ? tc("saving") : t("form.submit")}
            </Button>
          </>
        )}
        <LinkButton href={activity ? `/activities/${activity.id}` : "/activities"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
