// The version of the business data, one row in the database: every audited change that is not a
// sign-in or security event bumps it in its own transaction (audit.ts), so a reader that sees the
// same number sees the same records — on any app instance. Sign-ins, refused actions and ended
// sessions leave it alone: they change no figure, and at a province's scale they are most writes.
import { isSecurityEvent } from "@/domain/audit-events";
import type { DbOrTx } from "./db-client";

const ROW = 1;

/** Called by writeAudit for each entry; a security event is not a data change. */
export async function bumpDataVersionFor(tx: DbOrTx, action: string): Promise<void> {
  if (isSecurityEvent(action)) return;
  await bumpDataVersion(tx);
}

/** For writers outside the audited path (the benchmark's generator): the data changed. */
export async function bumpDataVersion(tx: DbOrTx): Promise<void> {
  await tx.dataVersion.upsert({ where: { id: ROW }, create: { id: ROW, version: 1 }, update: { version: { increment: 1 } } });
}

/** A primary-key lookup: cheap enough to read on every dashboard request. */
export async function readDataVersion(db: DbOrTx): Promise<number> {
  const row = await db.dataVersion.findUnique({ where: { id: ROW }, select: { version: true } });
  return row?.version ?? 0;
}
