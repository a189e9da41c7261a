// No lost update: an edit form carries the version of the record it was opened on, and the save
// applies only to that version — one conditional UPDATE that also bumps it, so two saves can never
// both pass a check made before either writes. A save over a newer change is refused with the
// fields that now differ from what it would write (label, value now, value of this save), so the
// user sees what the other person changed before deciding again. One helper for every edit form.
import { z } from "zod";
import type { Tx } from "./db-client";
import { NotFoundError, type StaleChange, StaleEditError } from "./errors";

/** The form's hidden "version" field. Absent (a caller that is not a form: an import), no check. */
export const editedVersion = () =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : Number(v)), z.number({ error: "validation.invalid" }).int().min(1).max(2_147_483_647).optional());

type Row = Record<string, unknown> & { id: number; version: number };

/** The models with edit forms: each has `version Int @default(1)`. */
export type VersionedModel = "unit" | "village" | "township" | "pairing" | "activity" | "pledge" | "indicator" | "user" | "bulletin" | "rectification" | "campaign";

type VersionedDelegate = {
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): PromiseLike<{ count: number }>;
  findUnique(args: { where: { id: number } }): PromiseLike<Row | null>;
};

type VersionedEdit = {
  id: number;
  version: number | undefined;
  data: Record<string, unknown>;
  /** The form's fields and their message keys, for the refusal. */
  labels: Record<string, string>;
  /** A state the record must still be in (a draft, an open pledge), checked in the same UPDATE… */
  where?: Record<string, unknown>;
  /** …and the refusal when it no longer is. */
  notInState?: () => Error;
};

/**
 * Writes `data` to the record `id` if it is still at `version` (and in the state `where` names),
 * bumping the version; returns the record as saved.
 */
export async function updateVersioned<R>(tx: Tx, model: VersionedModel, { id, version, data, labels, where, notInState }: VersionedEdit): Promise<R> {
  const delegate = tx[model] as unknown as VersionedDelegate;
  const { count } = await delegate.updateMany({ where: { ...where, id, ...(version === undefined ? {} : { version }) }, data: { ...data, version: { increment: 1 } } });
  const current = await delegate.findUnique({ where: { id } });
  if (!current) throw new NotFoundError();
  if (count > 0) return current as R;
  // Saved over by someone else: what they changed. Otherwise the state moved on (published, fulfilled).
  if (version !== undefined && current.version !== version) throw new StaleEditError(changesAgainst(current, data, labels));
  throw notInState?.() ?? new StaleEditError(changesAgainst(current, data, labels));
}

function changesAgainst(current: Row, data: Record<string, unknown>, labels: Record<string, string>): StaleChange[] {
  return Object.entries(labels)
    .filter(([field]) => shown(current[field]) !== shown(data[field]))
    .map(([field, labelKey]) => ({ labelKey, now: shown(current[field]), mine: shown(data[field]) }));
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
