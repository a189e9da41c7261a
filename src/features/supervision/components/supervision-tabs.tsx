import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { cn } from "@/lib/cn";

const TABS = [
  { key: "inspections", href: "/supervision", permission: "supervision.read" },
  { key: "rectifications", href: "/supervision/rectifications", permission: "rectifications.read" },
  { key: "units", href: "/supervision/units", permission: "rectifications.read" },
  { key: "visits", href: "/supervision/visits", permission: "supervision.read" },
] as const;

export type SupervisionTab = (typeof TABS)[number]["key"];

/** The parts of supervision the user may open; a liaison sees their unit's rectifications only. */
export async function SupervisionTabs({ current, user }: { current: SupervisionTab; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const tabs = TABS.filter((tab) => can(user.role, tab.permission));
  return (
    <nav aria-label={t("title")} className="-mx-1 mb-4 flex gap-1 overflow-x-auto border-b border-stone-200 px-1">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={cn(
            "shrink-0 border-b-2 px-3 py-2 text-sm whitespace-nowrap",
            tab.key === current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-stone-600 hover:text-stone-900",
          )}
        >
          {t(`tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
