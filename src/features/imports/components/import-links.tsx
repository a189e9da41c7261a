import { getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import type { CurrentUser } from "@/server/current-user";
import type { ImportKindName } from "../kind";
import { importableKinds } from "../queries";

/** "Import / Download template" beside a list's export buttons, for a user who may import that kind. */
export async function ImportLinks({ kind, user }: { kind: ImportKindName; user: CurrentUser }) {
  if (!importableKinds(user).includes(kind)) return null;
  const t = await getTranslations("imports");
  return (
    <span className="flex flex-wrap gap-2">
      <LinkButton href={`/imports/${kind}`} data-testid="import-open">
        {t("open")}
      </LinkButton>
      <a href={`/api/imports/${kind}/template`} className={buttonClass("ghost")} data-testid="import-template-link" download>
        {t("template")}
      </a>
    </span>
  );
}
