import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="not-found">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-stone-600">{t("notFound")}</p>
      <LinkButton href="/" className="mt-6">
        {t("backHome")}
      </LinkButton>
    </main>
  );
}
