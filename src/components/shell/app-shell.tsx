import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { MobileNav } from "./mobile-nav";
import { NAV_GROUPS } from "./nav-items";
import { type NavLinkGroup, NavLinks } from "./nav-links";

export async function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("common.roles");
  const groups: NavLinkGroup[] = NAV_GROUPS.map((g) => ({
    label: t(`groups.${g.key}`),
    links: g.items.filter((i) => can(user.role, i.permission)).map((i) => ({ href: i.href, label: t(`items.${i.key}`) })),
  })).filter((g) => g.links.length > 0);

  return (
    <div className="min-h-screen lg:flex">
      <aside className="no-print border-b border-stone-200 bg-white lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-r lg:border-b-0">
        <div className="flex items-center justify-between px-4 py-3 lg:block">
          <Link href="/" className="block">
            <span className="text-lg font-bold text-brand-700">{t("brand")}</span>
            <span className="ml-2 text-xs text-stone-500 lg:ml-0 lg:block">{t("tagline")}</span>
          </Link>
          <MobileNav label={t("label")} menu={t("menu")}>
            <NavLinks groups={groups} />
          </MobileNav>
        </div>
        <nav aria-label={t("label")} className="hidden px-2 pb-6 lg:block">
          <NavLinks groups={groups} />
        </nav>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="no-print flex flex-wrap items-center justify-end gap-3 border-b border-stone-200 bg-white px-4 py-2">
          <span className="text-sm text-stone-700" data-testid="current-user">
            {user.displayName} · {tRoles(user.role)}
          </span>
          <LanguageSwitch />
          <LogoutButton />
        </header>
        <main className="mx-auto max-w-7xl px-4 py-5 lg:px-6">{children}</main>
      </div>
    </div>
  );
}
