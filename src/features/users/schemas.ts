import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { optionalRecordId, recordId } from "@/domain/ids";
import { requiredText } from "@/lib/form-fields";

export const ROLES = ["ADMIN", "LEADER", "LIAISON", "VILLAGE", "SYSADMIN", "SECADMIN", "AUDITOR"] as const;
export type RoleCode = (typeof ROLES)[number];

/** The campaign's roles, which the system administrator may give a new account. */
export const BUSINESS_ROLES = ["ADMIN", "LEADER", "LIAISON", "VILLAGE"] as const satisfies readonly RoleCode[];
/** The three administrators of 三员分立: only the security administrator grants these. */
export const ADMINISTRATOR_ROLES = ["SYSADMIN", "SECADMIN", "AUDITOR"] as const satisfies readonly RoleCode[];

// Lower-case letters, digits and . _ - : easy to type on a phone and to read out over the telephone.
const username = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, { error: "users.validation.username" });

const roleAndScope = {
  role: z.enum(ROLES, { error: "validation.choose" }),
  unitId: optionalRecordId(),
  villageId: optionalRecordId(),
  regionId: optionalRecordId(),
};

/** Roles whose scope is a region (the organization department, leaders): they must have one. */
const REGION_ROLES: readonly RoleCode[] = ["ADMIN", "LEADER"];

/** A liaison works for one unit, a village secretary for one village, ADMIN and LEADER in one region; other roles for none. */
function requireScope(value: { role: RoleCode; unitId?: number; villageId?: number; regionId?: number }, ctx: z.RefinementCtx) {
  if (REGION_ROLES.includes(value.role) && !value.regionId) ctx.addIssue({ code: "custom", path: ["regionId"], message: "users.validation.regionRequired" });
  if (value.role === "LIAISON" && !value.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "users.validation.unitRequired" });
  if (value.role === "VILLAGE" && !value.villageId) ctx.addIssue({ code: "custom", path: ["villageId"], message: "users.validation.villageRequired" });
}

export const UserCreateInput = z.object({ username, displayName: requiredText(50), ...roleAndScope }).superRefine(requireScope);

export const UserUpdateInput = z.object({ id: recordId(), version: editedVersion(), displayName: requiredText(50), ...roleAndScope }).superRefine(requireScope);

export const UserIdInput = z.object({ id: recordId() });

/** The scope columns a role keeps: the other one is cleared, so a former liaison keeps no unit. */
export function scopeOf(input: { role: RoleCode; unitId?: number; villageId?: number; regionId?: number }) {
  return {
    regionId: REGION_ROLES.includes(input.role) ? (input.regionId ?? null) : null,
    unitId: input.role === "LIAISON" ? (input.unitId ?? null) : null,
    villageId: input.role === "VILLAGE" ? (input.villageId ?? null) : null,
  };
}
