// The navigation: every area of the product, grouped as the organization department thinks of
// them. Items a role may not use are hidden — for tidiness only; pages and actions check again.
import type { Permission } from "@/server/permissions";

export type NavItem = { key: string; href: string; permission: Permission };
export type NavGroup = { key: string; items: NavItem[] };

export const NAV_GROUPS: NavGroup[] = [
  {
    key: "work",
    items: [
      { key: "home", href: "/", permission: "dashboard.read" },
      { key: "dashboard", href: "/dashboard", permission: "dashboard.read" },
      { key: "pairings", href: "/pairings", permission: "pairings.read" },
      { key: "activities", href: "/activities", permission: "activities.read" },
      { key: "pledges", href: "/pledges", permission: "pledges.read" },
      // Liaisons answer their unit's rectification items here; the department checks them.
      { key: "rectifications", href: "/supervision/rectifications", permission: "rectifications.report" },
    ],
  },
  {
    key: "registry",
    items: [
      { key: "units", href: "/units", permission: "registry.read" },
      { key: "villages", href: "/villages", permission: "registry.read" },
      { key: "townships", href: "/townships", permission: "registry.read" },
      { key: "campaigns", href: "/campaigns", permission: "campaigns.write" },
      { key: "indicators", href: "/indicators", permission: "indicators.write" },
      { key: "evidence", href: "/evidence-settings", permission: "evidence.configure" },
    ],
  },
  {
    key: "oversight",
    items: [
      { key: "supervision", href: "/supervision", permission: "supervision.read" },
      { key: "surveys", href: "/surveys", permission: "surveys.read" },
      { key: "assessments", href: "/assessments", permission: "assessments.read" },
      { key: "bulletins", href: "/bulletins", permission: "bulletins.read" },
    ],
  },
  {
    key: "system",
    items: [
      { key: "users", href: "/users", permission: "users.read" },
      { key: "audit", href: "/audit", permission: "audit.read" },
      { key: "auditChain", href: "/audit/chain", permission: "audit.read" },
      // Importing is for those who record: the organization department and unit liaisons.
      { key: "imports", href: "/imports", permission: "activities.record" },
      { key: "account", href: "/account", permission: "account.self" },
    ],
  },
];
