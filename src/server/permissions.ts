// Who may do what: one table of role → permission, read by every action and page.
// Row scope (a liaison's unit, a village user's village) is applied on top, in the queries.
import type { Role } from "@/generated/sqlite/enums";

const ALL: Role[] = ["ADMIN", "LEADER", "LIAISON", "VILLAGE"];
const STAFF: Role[] = ["ADMIN", "LEADER", "LIAISON"];
const OVERSIGHT: Role[] = ["ADMIN", "LEADER"];
const ADMIN: Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "dashboard.read": ALL,
  "registry.read": STAFF,
  "registry.write": ADMIN,
  "pairings.read": ALL,
  "pairings.write": ADMIN,
  "activities.read": ALL,
  "activities.record": ["ADMIN", "LIAISON"],
  "activities.review": ADMIN,
  "activities.confirm": ["VILLAGE"],
  "pledges.read": ALL,
  "pledges.manage": ["ADMIN", "LIAISON"],
  "pledges.review": ADMIN,
  "pledges.confirm": ["VILLAGE"],
  "indicators.read": ALL,
  "indicators.write": ADMIN,
  "evidence.configure": ADMIN,
  "supervision.read": OVERSIGHT,
  "supervision.write": ADMIN,
  // A unit's liaison sees and answers the rectification items of their own unit (row scope).
  "rectifications.read": STAFF,
  "rectifications.report": ["ADMIN", "LIAISON"],
  "surveys.read": OVERSIGHT,
  "surveys.write": ADMIN,
  "assessments.read": OVERSIGHT,
  "assessments.write": ADMIN,
  "bulletins.read": OVERSIGHT,
  "bulletins.write": ADMIN,
  "users.manage": ADMIN,
  "audit.read": ADMIN,
  "account.self": ALL,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
