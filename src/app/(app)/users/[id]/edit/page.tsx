import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/features/users/components/user-form";
import { getUser, userScopeOptions } from "@/features/users/queries";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("users.update");
  const [user, options] = await Promise.all([getUser(db, await pageId(params)), userScopeOptions(db, viewer)]);
  if (!user) notFound();
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("edit", { name: user.displayName })} />
      <UserForm options={options} user={user} duties={{ manage: can(viewer.role, "users.manage"), grantRoles: can(viewer.role, "users.roles") }} />
    </>
  );
}
