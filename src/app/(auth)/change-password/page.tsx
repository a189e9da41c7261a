// The forced password change: an administrator-set password (new account, reset) or an expired one
// is replaced here before any other page opens (session.ts requireUser sends the user here).
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { getCurrentUser } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users.account"))("changeRequiredTitle") };
}

export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!user.passwordChangeDue) redirect("/");
  const t = await getTranslations("users.account");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4">
      <div className="w-full max-w-md space-y-4">
        <h1 className="text-center text-lg font-semibold">{t("changeRequiredTitle")}</h1>
        <Alert tone="info">{t("changeRequired")}</Alert>
        <ChangePasswordForm />
        <div className="flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
