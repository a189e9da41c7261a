import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/features/users/components/user-form";
import { userScopeOptions } from "@/features/users/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewUserPage() {
  const viewer = await requirePermission("users.manage");
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("new")} />
      <UserForm options={await userScopeOptions(db, viewer)} />
    </>
  );
}
