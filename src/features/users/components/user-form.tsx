"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createUser, updateUser } from "../actions";
import type { UserScopeOptions } from "../queries";
import { BUSINESS_ROLES, ROLES, type RoleCode } from "../schemas";
import { OneTimePassword } from "./one-time-password";
import { RoleAndScopeFields } from "./scope-fields";

type UserValues = { id: number; version: number; username: string; displayName: string; role: RoleCode; unitId: number | null; villageId: number | null; regionId: number | null };

/** What the editor may change (三员分立): the account's name and scope (SYSADMIN), its role (SECADMIN). */
export type EditDuties = { manage: boolean; grantRoles: boolean };

export function UserForm({ options, user, duties }: { options: UserScopeOptions; user?: UserValues; duties?: EditDuties }) {
  return user ? <EditUserForm options={options} user={user} duties={duties ?? { manage: true, grantRoles: false }} /> : <CreateUserForm options={options} />;
}

function CreateUserForm({ options }: { options: UserScopeOptions }) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const router = useRouter();
  const [created, setCreated] = useState<{ id: number; username: string; password: string } | null>(null);
  const { onSubmit, pending, error, fieldError } = useActionForm(createUser, (data) => {
    setCreated(data);
    router.refresh();
  });

  // The password is shown here once, then the administrator moves on.
  if (created) {
    return (
      <div className="max-w-2xl space-y-4">
        <OneTimePassword username={created.username} password={created.password} />
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/users/${created.id}`} variant="primary">
            {t("openUser")}
          </LinkButton>
          <Button variant="secondary" onClick={() => setCreated(null)}>
            {t("createAnother")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.username")}
          name="username"
          required
          maxLength={32}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          hint={t("usernameHint")}
          error={fieldError("username")}
        />
        <TextField label={t("fields.displayName")} name="displayName" required maxLength={50} error={fieldError("displayName")} />
      </div>
      <RoleAndScopeFields options={options} roles={BUSINESS_ROLES} fieldError={fieldError} />
      <p className="text-sm text-stone-600">{t("passwordGenerated")}</p>
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("create")}
        </Button>
        <LinkButton href="/users" variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

function EditUserForm({ options, user, duties }: { options: UserScopeOptions; user: UserValues; duties: EditDuties }) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const router = useRouter();
  const { onSubmit, pending, error, fieldError } = useActionForm(updateUser, ({ id }) => {
    router.push(`/users/${id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      {error && <Alert>{error}</Alert>}
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <p className="text-sm text-stone-600">{t("usernameFixed", { username: user.username })}</p>
      <TextField label={t("fields.displayName")} name="displayName" defaultValue={user.displayName} readOnly={!duties.manage} required maxLength={50} error={fieldError("displayName")} />
      <RoleAndScopeFields options={options} defaults={user} roles={duties.grantRoles ? ROLES : [user.role]} fieldError={fieldError} />
      <div className="flex gap-2 pt-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <LinkButton href={`/users/${user.id}`} variant="ghost">
          {tc("cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
