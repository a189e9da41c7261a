"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createTownship, updateTownship } from "../actions";

export function TownshipForm({ township }: { township?: { id: number; version: number; name: string; sortOrder: number } }) {
  const t = useTranslations("townships");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(township ? updateTownship : createTownship, ({ id }) => {
    router.push(`/townships/${id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      {township && <input type="hidden" name="id" value={township.id} />}
      {township && <input type="hidden" name="version" value={township.version} />}
      <TextField label={t("fields.name")} name="name" defaultValue={township?.name} required maxLength={50} error={fieldError("name")} />
      <TextField
        label={t("fields.sortOrder")}
        name="sortOrder"
        type="number"
        inputMode="numeric"
        min={0}
        defaultValue={township?.sortOrder ?? 0}
        hint={t("sortOrderHint")}
        error={fieldError("sortOrder")}
      />
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={township ? `/townships/${township.id}` : "/townships"} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
