import { FactList } from "@/components/ui/fact-list";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { accountScope } from "../queries";

/** Who the signed-in user is, and for which unit or village they work. */
export async function AccountOverview({ user }: { user: CurrentUser }) {
  const t = await getTranslations("users");
  const tc = await getTranslations("common");
  const scope = await accountScope(db, user.id);
  const facts: [string, string][] = [
    [t("fields.username"), user.username],
    [t("fields.displayName"), user.displayName],
    [t("fields.role"), tc(`roles.${user.role}`)],
    [t("fields.scope"), scope?.unit?.name ?? (scope?.village ? `${scope.village.township.name} ${scope.village.name}` : "—")],
  ];
  return (
    <FactList facts={facts} className="mb-5 max-w-2xl rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-2" />
  );
}
