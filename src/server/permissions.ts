// Who may do what: one table of role → permission, read by every action and page.
// Row scope (a liaison's unit, a village user's village) is applied on top, in the queries.
//
// Separation of duties (三员分立, 等保 2.0 level 3): the organization department's ADMIN runs the
// campaign and no longer manages accounts or reads the audit log. SYSADMIN manages accounts (create,
// name, unit or village, password reset, deactivation); SECADMIN decides who holds which role; AUDITOR
// reads the audit log and its integrity check and nothing else. None of the three sees the campaign's
// records, and none can do another's work (tests/db/separation-of-duties.test.ts).
import type { Role } from "@/generated/sqlite/enums";

/** The campaign's own roles: everyone who works with its records. */
const ALL: Role[] = ["ADMIN", "LEADER", "LIAISON", "VILLAGE"];
const STAFF: Role[] = ["ADMIN", "LEADER", "LIAISON"];
const OVERSIGHT: Role[] = ["ADMIN", "LEADER"];
const ADMIN: Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "dashboard.read": ALL,
  "registry.read": STAFF,
  "registry.write": ADMIN,
  "pairings.read": ALL,
  /** Campaigns and their rounds: everyone reads them (the pickers), the department manages them. */
  "campaigns.write": ADMIN,
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
  /** The users pages: accounts for SYSADMIN, their roles for SECADMIN. */
  "users.read": ["SYSADMIN", "SECADMIN"],
  /** Editing a user: SYSADMIN their name and unit or village, SECADMIN their role (users/mutations.ts). */
  "users.update": ["SYSADMIN", "SECADMIN"],
  "users.manage": ["SYSADMIN"],
  "users.roles": ["SECADMIN"],
  /** Locked sign-ins and open sessions: the security administrator unlocks and ends them. */
  "security.manage": ["SECADMIN"],
  "audit.read": ["AUDITOR"],
  "account.self": [...ALL, "SYSADMIN", "SECADMIN", "AUDITOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
