"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { CheckboxField, ChoiceField, TextField } from "@/components/ui/field";
import { createIndicator, updateIndicator } from "../actions";
import { INDICATOR_GROUPS } from "../schemas";

export type IndicatorFormValues = {
  id: number;
  /** The record's version when the form was opened: a save over a newer one is refused. */
  version: number;
  code: string;
  labelZh: string;
  labelEn: string;
  unitZh: string;
  unitEn: string;
  group: string;
  isMoney: boolean;
  sortOrder: number;
  /** Used by activities: code and money flag are fixed. */
  inUse: boolean;
};

export function IndicatorForm({ indicator, nextSortOrder }: { indicator?: IndicatorFormValues; nextSortOrder?: number }) {
  const t = useTranslations("indicators");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(indicator ? updateIndicator : createIndicator, () => {
    router.push("/indicators");
    router.refresh();
  });
  const locked = indicator?.inUse ?? false;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      {error && <Alert>{error}</Alert>}
      {indicator && <input type="hidden" name="id" value={indicator.id} />}
      {indicator && <input type="hidden" name="version" value={indicator.version} />}
      <TextField label={t("fields.code")} name="code" defaultValue={indicator?.code} readOnly={locked} required maxLength={50} hint={t("hints.code")} error={fieldError("code")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.labelZh")} name="labelZh" defaultValue={indicator?.labelZh} required maxLength={50} error={fieldError("labelZh")} />
        <TextField label={t("fields.labelEn")} name="labelEn" defaultValue={indicator?.labelEn} required maxLength={100} error={fieldError("labelEn")} />
        <TextField label={t("fields.unitZh")} name="unitZh" defaultValue={indicator?.unitZh} required maxLength={10} error={fieldError("unitZh")} />
        <TextField label={t("fields.unitEn")} name="unitEn" defaultValue={indicator?.unitEn} required maxLength={30} error={fieldError("unitEn")} />
        <ChoiceField label={t("fields.group")} name="group" defaultValue={indicator?.group ?? ""} required error={fieldError("group")} placeholder={tc("choose")} choices={INDICATOR_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))} />
        <TextField
          label={t("fields.sortOrder")}
          name="sortOrder"
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={indicator?.sortOrder ?? nextSortOrder ?? 0}
          hint={t("hints.sortOrder")}
          error={fieldError("sortOrder")}
        />
      </div>
      {/* A disabled checkbox would not be sent: a locked flag travels in a hidden field instead. */}
      {locked ? (
        <>
          <CheckboxField label={t("fields.isMoney")} checked={indicator?.isMoney} disabled readOnly />
          {indicator?.isMoney && <input type="hidden" name="isMoney" value="on" />}
        </>
      ) : (
        <CheckboxField label={t("fields.isMoney")} name="isMoney" defaultChecked={indicator?.isMoney} />
      )}
      {fieldError("isMoney") && <p className="text-sm text-red-700">{fieldError("isMoney")}</p>}
      <div className="flex flex-wrap gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href="/indicators" variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
