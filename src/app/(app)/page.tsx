import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { NAV_GROUPS } from "@/components/shell/nav-items";
import { can } from "@/server/permissions";
import { requireUser } from "@/server/session";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations();
  const links = NAV_GROUPS.flatMap((g) => g.items).filter((i) => i.href !== "/" && can(user.role, i.permission));
  return (
    <>
      <PageHeader title={t("home.welcome", { name: user.displayName })} description={t(`home.intro.${user.role}`)} />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {links.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium">{t(`nav.items.${item.key}`)}</span>
              <span className="mt-1 block text-sm text-stone-500">{t(`home.areas.${item.key}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
