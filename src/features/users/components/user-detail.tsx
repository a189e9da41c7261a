import { FactList } from "@/components/ui/fact-list";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import type { UserRow } from "../queries";
import { SignInSecurity } from "./sign-in-security";
import { UserAccountActions } from "./user-account-actions";

export async function UserDetail({ user, viewer }: { user: UserRow; viewer: CurrentUser }) {
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const facts: [string, ReactNode][] = [
    [t("fields.username"), user.username],
    [t("fields.role"), tc(`roles.${user.role}`)],
    [
      t("fields.scope"),
      user.unit ? (
        <Link href={`/units/${user.unit.id}`} className="text-brand-700 hover:underline">
          {user.unit.name}
        </Link>
      ) : user.village ? (
        <Link href={`/villages/${user.village.id}`} className="text-brand-700 hover:underline">
          {user.village.township.name} {user.village.name}
        </Link>
      ) : (
        (user.region?.name ?? "—")
      ),
    ],
    [t("fields.status"), <Badge key="status" tone={user.active ? "green" : "neutral"}>{user.active ? t("active") : t("inactive")}</Badge>],
    [t("fields.lastLoginAt"), user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "long", timeStyle: "short" }) : t("neverLoggedIn")],
    [t("fields.createdAt"), format.dateTime(user.createdAt, { dateStyle: "long" })],
  ];
  return (
    <>
      <PageHeader title={user.displayName} actions={<LinkButton href={`/users/${user.id}/edit`}>{tc("edit")}</LinkButton>} />
      <FactList facts={facts} className="mb-5 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-2" />
      {can(viewer.role, "users.manage") && <UserAccountActions id={user.id} username={user.username} displayName={user.displayName} active={user.active} isSelf={user.id === viewer.id} />}
      {can(viewer.role, "security.manage") && <SignInSecurity user={user} />}
    </>
  );
}
