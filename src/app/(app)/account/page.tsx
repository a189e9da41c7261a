import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { AccountOverview } from "@/features/account/components/account-overview";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users.account"))("title") };
}

export default async function AccountPage() {
  const user = await requirePermission("account.self");
  const t = await getTranslations("users.account");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AccountOverview user={user} />
      <ChangePasswordForm />
    </>
  );
}
