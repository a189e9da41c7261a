// How the audit log is read. Two rules the whole app keeps:
// 1. Security events — sign-ins, failed and throttled sign-ins, refused actions, revoked sessions —
//    are entries whose action starts with "auth." or "security."; they have their own tab, so the
//    changes to records are not buried under sign-ins. Predicate and `where` side by side.
// 2. A changed value is shown as the forms show it: a calendar day (stored as midnight in Shanghai)
//    as that day, a moment in Shanghai time, an enum by its translated name, yes/no, a number.
import type { Prisma } from "@/generated/sqlite/client";

export const SECURITY_ACTION_PREFIXES = ["auth.", "security."] as const;
export const AUDIT_TABS = ["changes", "security"] as const;
export type AuditTab = (typeof AUDIT_TABS)[number];

export function isSecurityEvent(action: string): boolean {
  return SECURITY_ACTION_PREFIXES.some((prefix) => action.startsWith(prefix));
}

export function auditTabOf(action: string): AuditTab {
  return isSecurityEvent(action) ? "security" : "changes";
}

/** Selects exactly the entries `auditTabOf` puts in `tab`. */
export function auditTabWhere(tab: AuditTab): Prisma.AuditEntryWhereInput {
  const security = SECURITY_ACTION_PREFIXES.map((prefix) => ({ action: { startsWith: prefix } }));
  return tab === "security" ? { OR: security } : { NOT: { OR: security } };
}

/** Columns that are bookkeeping, not content: never listed as a change. */
const HIDDEN_FIELDS = new Set(["id", "createdAt", "updatedAt", "searchText", "sortKey", "activeKey", "passwordHash", "evidenceCheckedAt"]);
/** Calendar days: stored as midnight Asia/Shanghai, shown as the day the user typed. */
const DAY_FIELDS = new Set(["date", "startDate", "endDate", "dueDate"]);
/** Enum columns whose values have translated names (audit.values.<field>.<VALUE>). */
export const ENUM_FIELDS = ["status", "confirmation", "area", "kind", "role", "pledgerKind", "rating", "group"] as const;

export type AuditValue =
  | { kind: "empty" }
  | { kind: "day"; date: Date }
  | { kind: "moment"; date: Date }
  | { kind: "enum"; field: (typeof ENUM_FIELDS)[number]; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "list"; count: number };

function isEnumField(field: string): field is (typeof ENUM_FIELDS)[number] {
  return (ENUM_FIELDS as readonly string[]).includes(field);
}

export function isShownField(field: string): boolean {
  return !HIDDEN_FIELDS.has(field);
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** What kind of value a field holds in an audit snapshot, so it can be shown as the form shows it. */
export function auditValue(field: string, value: unknown): AuditValue {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") return { kind: "number", value };
  if (Array.isArray(value)) return { kind: "list", count: value.length };
  if (typeof value === "string") {
    if (ISO_MOMENT.test(value)) return { kind: DAY_FIELDS.has(field) ? "day" : "moment", date: new Date(value) };
    if (isEnumField(field)) return { kind: "enum", field, value };
    return { kind: "text", value };
  }
  if (typeof value === "object") return { kind: "text", value: JSON.stringify(value) };
  return { kind: "text", value: String(value) };
}
