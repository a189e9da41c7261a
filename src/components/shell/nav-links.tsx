"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

export type NavLinkGroup = { label: string; links: { href: string; label: string }[] };

export function NavLinks({ groups }: { groups: NavLinkGroup[] }) {
  const pathname = usePathname();
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  // The most specific link is current: /supervision/rectifications/7 is 整改事项, not also 督查指导.
  const current = groups
    .flatMap((g) => g.links.map((l) => l.href))
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  const isCurrent = (href: string) => href === current;
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <div key={group.label}>
          <p className="px-3 pb-1 text-xs font-medium tracking-wide text-stone-600">{group.label}</p>
          <ul className="space-y-0.5">
            {group.links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={isCurrent(link.href) ? "page" : undefined}
                  className={cn(
                    "block rounded-md px-3 py-2 text-sm",
                    isCurrent(link.href) ? "bg-brand-50 font-medium text-brand-700" : "text-stone-700 hover:bg-stone-100",
                  )}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
