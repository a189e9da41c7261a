import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/features/auth/components/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { safeReturnPath } from "@/lib/return-path";
import { getCurrentUser } from "@/server/session";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations();
  const { callbackUrl } = await searchParams;
  // Only same-site paths: a crafted link must not send the user elsewhere after login.
  const next = safeReturnPath(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold text-brand-700">{t("nav.brand")}</p>
          <p className="mt-1 text-sm text-stone-600">{t("nav.tagline")}</p>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{t("auth.title")}</h1>
          <LoginForm callbackUrl={next} />
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
