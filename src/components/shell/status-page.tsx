import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";

/**
 * The page shown instead of a record the user may not see or that does not exist. Inside the app's
 * shell it is the content of the shell's <main>; alone (an unknown address) it is the main itself,
 * so a page never has two main landmarks.
 */
export async function StatusPage({ kind, inShell = false }: { kind: "forbidden" | "notFound"; inShell?: boolean }) {
  const t = await getTranslations("errors");
  const Landmark = inShell ? "section" : "main";
  return (
    <Landmark className="mx-auto max-w-lg px-4 py-16 text-center" data-testid={kind === "forbidden" ? "forbidden" : "not-found"}>
      <h1 className="text-xl font-semibold">{t(`${kind}Title`)}</h1>
      <p className="mt-2 text-stone-600">{t(kind)}</p>
      <LinkButton href="/" className="mt-6">
        {t("backHome")}
      </LinkButton>
    </Landmark>
  );
}
