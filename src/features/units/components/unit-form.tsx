"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { CheckboxField, ChoiceField, TextField } from "@/components/ui/field";
import { createUnit, updateUnit } from "../actions";
import { UNIT_KINDS } from "../schemas";

type UnitValues = {
  id: number;
  /** The record's version when the form was opened: a save over a newer one is refused. */
  version: number;
  name: string;
  kind: string;
  isWindowService: boolean;
  partyOrgName: string;
  secretary: string;
  phone: string;
  memberCount: number | null;
};

export function UnitForm({ unit }: { unit?: UnitValues }) {
  const t = useTranslations("units");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(unit ? updateUnit : createUnit, ({ id }) => {
    router.push(`/units/${id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      {unit && <input type="hidden" name="id" value={unit.id} />}
      {unit && <input type="hidden" name="version" value={unit.version} />}
      <TextField label={t("fields.name")} name="name" defaultValue={unit?.name} required maxLength={100} error={fieldError("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceField label={t("fields.kind")} name="kind" defaultValue={unit?.kind ?? ""} required error={fieldError("kind")} placeholder={tc("choose")} choices={UNIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <TextField
          label={t("fields.memberCount")}
          name="memberCount"
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={unit?.memberCount ?? ""}
          error={fieldError("memberCount")}
        />
      </div>
      <CheckboxField label={t("fields.isWindowService")} name="isWindowService" defaultChecked={unit?.isWindowService} />
      <TextField label={t("fields.partyOrgName")} name="partyOrgName" defaultValue={unit?.partyOrgName} error={fieldError("partyOrgName")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.secretary")} name="secretary" defaultValue={unit?.secretary} error={fieldError("secretary")} />
        <TextField label={t("fields.phone")} name="phone" type="tel" defaultValue={unit?.phone} error={fieldError("phone")} />
      </div>
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={unit ? `/units/${unit.id}` : "/units"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
