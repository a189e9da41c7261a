import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";

/** The page shown instead of a record the user may not see or that does not exist. */
export async function StatusPage({ kind }: { kind: "forbidden" | "notFound" }) {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center" data-testid={kind === "forbidden" ? "forbidden" : "not-found"}>
      <h1 className="text-xl font-semibold">{t(`${kind}Title`)}</h1>
      <p className="mt-2 text-stone-600">{t(kind)}</p>
      <LinkButton href="/" className="mt-6">
        {t("backHome")}
      </LinkButton>
    </main>
  );
}
