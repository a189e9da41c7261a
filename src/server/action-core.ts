// The one mutation path. Every server action is defined with defineAction (action.ts), which
// calls executeAction: authenticate → re-read the user → check the permission → validate with zod
// → run the write and its audit entries in one transaction → map errors. Kept free of Next.js
// request APIs so database tests can call it with their own database and session.
import { z } from "zod";
import type { Locale } from "@/i18n/config";
import { translatorFor, type Translate } from "@/i18n/translator";
import { type AuditRecord, writeAudit } from "./audit";
import { type CurrentUser, loadCurrentUser, type SessionClaims } from "./current-user";
import { type Db, TRANSACTION_OPTIONS, type Tx } from "./db-client";
import { ForbiddenError, NotAuthenticatedError, NotFoundError, StaleEditError, UserError } from "./errors";
import { can, type Permission } from "./permissions";
import { recordSecurityEvent } from "./security-events";
import { malformedTextField } from "./well-formed-text";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type ActionContext<I> = {
  tx: Tx;
  user: CurrentUser;
  input: I;
  /** Records an audit entry, written in the same transaction when the action succeeds. */
  audit: (record: AuditRecord) => void;
  /** Work outside the database (e.g. deleting a replaced file) to do only once the change is committed. */
  afterCommit: (effect: () => Promise<void>) => void;
  /** Undoes work outside the database (e.g. a file written) when the transaction does not commit. */
  onRollback: (effect: () => Promise<void>) => void;
};

export type PrepareContext<I> = {
  user: CurrentUser;
  input: I;
  onRollback: (effect: () => Promise<void>) => void;
};

export type ActionDefinition<S extends z.ZodType, T, P = z.output<S>> = {
  /** "area.verb", e.g. "unit.create": the audit entry's action. */
  name: string;
  permission: Permission;
  input: S;
  /**
   * Slow work outside the database (checking and storing uploaded files), done before the
   * transaction opens so that the write lock is held for milliseconds, not seconds. Turns the
   * validated input into what `run` receives; what it leaves behind it undoes with `onRollback`.
   */
  prepare?: (ctx: PrepareContext<z.output<S>>) => Promise<P>;
  run: (ctx: ActionContext<P>) => Promise<T>;
  /** How long the transaction may run, when an action legitimately writes much more than a form (an import). */
  transactionTimeout?: number;
};

export type ActionEnvironment = { db: Db; claims: SessionClaims | null; locale: Locale; passwordMaxAgeDays?: number };

/** The one action open to a user whose password must be changed first. */
const PASSWORD_CHANGE_ACTION = "account.changePassword";

export async function executeAction<S extends z.ZodType, T, P>(
  def: ActionDefinition<S, T, P>,
  env: ActionEnvironment,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  const t = translatorFor(env.locale);
  try {
    const user = await loadCurrentUser(env.db, env.claims, { passwordMaxAgeDays: env.passwordMaxAgeDays });
    if (!user) throw new NotAuthenticatedError();
    if (!can(user.role, def.permission)) throw new ForbiddenError();
    if (user.passwordChangeDue && def.name !== PASSWORD_CHANGE_ACTION) throw new UserError("errors.passwordChangeRequired");

    const raw = rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput;
    const malformed = malformedTextField(raw);
    if (malformed !== null) return { ok: false, error: t("errors.validation"), fieldErrors: { [malformed]: t("validation.malformedText") } };
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: t("errors.validation"), fieldErrors: fieldErrorsOf(parsed.error, t) };
    }

    const afterCommit: (() => Promise<void>)[] = [];
    const onRollback: (() => Promise<void>)[] = [];
    const rememberRollback = (effect: () => Promise<void>) => void onRollback.push(effect);
    let data: T;
    try {
      const input = def.prepare
        ? await def.prepare({ user, input: parsed.data, onRollback: rememberRollback })
        : (parsed.data as P);
      data = await env.db.$transaction(async (tx) => {
        const audits: AuditRecord[] = [];
        const result = await def.run({
          tx,
          user,
          input,
          audit: (r) => audits.push(r),
          afterCommit: (effect) => afterCommit.push(effect),
          onRollback: rememberRollback,
        });
        if (audits.length === 0) throw new Error(`action ${def.name} recorded no audit entry`);
        for (const record of audits) await writeAudit(tx, user.id, def.name, record);
        return result;
      }, { ...TRANSACTION_OPTIONS, ...(def.transactionTimeout ? { timeout: def.transactionTimeout } : {}) });
    } catch (error) {
      await runEffects(onRollback, def.name);
      throw error;
    }
    await runEffects(afterCommit, def.name);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof NotAuthenticatedError || error instanceof ForbiddenError || error instanceof NotFoundError) {
      await recordRefusal(env, def.name, error, rawInput);
    }
    return failureOf(error, t, def.name);
  }
}

/**
 * A refused action — no valid session, a role without the permission, a record outside the user's
 * scope (or none at all: the same answer) — is a security event, recorded after the rollback.
 */
async function recordRefusal(env: ActionEnvironment, actionName: string, error: UserError, rawInput: unknown) {
  const reason = error instanceof NotAuthenticatedError ? "notAuthenticated" : error instanceof ForbiddenError ? "forbidden" : "notFound";
  const raw = rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput;
  const target = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).id : undefined;
  await recordSecurityEvent(env.db, {
    action: "security.action.refused",
    actorId: env.claims && Number.isInteger(env.claims.id) ? env.claims.id : null,
    entity: "Action",
    entityId: actionName,
    details: { reason, target: typeof target === "string" || typeof target === "number" ? String(target).slice(0, 40) : null },
  });
}

/** Side effects are best effort: the database change stands (or is undone) either way. */
async function runEffects(effects: (() => Promise<void>)[], actionName: string) {
  for (const effect of effects) {
    await effect().catch((error) => console.error(`[action ${actionName}] side effect failed`, error));
  }
}

function failureOf(error: unknown, t: Translate, actionName: string): ActionResult<never> {
  if (error instanceof StaleEditError) {
    // What the other person changed, field by field, so the user can decide again.
    const changes = error.changes.map((c) => t("errors.staleEditChange", { field: t(c.labelKey), now: c.now || "—", mine: c.mine || "—" }));
    return { ok: false, error: [t(error.messageKey), ...changes].join("\n") };
  }
  if (error instanceof UserError) {
    const message = t(error.messageKey, error.params);
    // A failure about one field is shown next to that field, like any validation error.
    if (error.field) return { ok: false, error: t("errors.validation"), fieldErrors: { [error.field]: message } };
    return { ok: false, error: message };
  }
  if (isUniqueViolation(error)) return { ok: false, error: t("errors.conflict") };
  console.error(`[action ${actionName}] unexpected error`, error);
  return { ok: false, error: t("errors.unexpected") };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** Repeated keys and keys ending in "[]" become arrays; everything else a single value. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key);
    if (key.endsWith("[]")) out[key.slice(0, -2)] = values;
    else out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** One message per field, in the user's language. Schemas name message keys ("validation.*"). */
function fieldErrorsOf(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    out[field] ??= messageOf(issue, t);
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue, t: Translate): string {
  const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint };
  const params = {
    min: Number(bounds.minimum ?? 0),
    max: Number(bounds.maximum ?? 0),
  };
  // Shared keys ("validation.*") and an area's own ("pairings.validation.*", "users.account.validation.*") are message keys.
  if (/^(\w+\.)*validation\./.test(issue.message)) return t(issue.message, params);
  if (issue.code === "too_small") return t("validation.tooSmall", params);
  if (issue.code === "too_big") return t("validation.tooBig", params);
  return t("validation.invalid");
}
