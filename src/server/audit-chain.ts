// The audit log as a hash chain (等保 2.0 level 3: audit records protected from change and deletion).
// Each entry stores the previous entry's hash and its own, a SHA-256 over its content and that link,
// so changing, removing or inserting an entry anywhere breaks the link at that point. The database
// refuses changes and early removals outright (triggers in the audit_hash_chain migration); the
// chain shows it when someone with the database's own rights went around them.
import { createHash } from "node:crypto";
import type { DbOrTx } from "./db-client";

export type ChainedContent = {
  at: Date;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
};

/** The hash of an entry: its content and the previous entry's hash, in a fixed order. */
export function auditEntryHash(entry: ChainedContent, prevHash: string | null): string {
  const content = [prevHash, entry.at.toISOString(), entry.userId, entry.action, entry.entity, entry.entityId, entry.before, entry.after];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/**
 * The previous entry's hash, read after locking the chain: concurrent transactions (PostgreSQL)
 * wait here one after the other until the first commits, so each links to the entry before it.
 * Audit entries are written last in a transaction, so no lock is taken after this one.
 */
export async function lockChainHead(tx: DbOrTx): Promise<string | null> {
  await tx.auditChainLock.upsert({ where: { id: 1 }, create: { id: 1, writes: 1 }, update: { writes: { increment: 1 } } });
  const last = await tx.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  return last?.hash ?? null;
}

export type ChainReport = {
  /** Entries read. */
  checked: number;
  /** Entries from before the chain began (no hash), all at its start. */
  unchained: number;
  /** The first entry where the chain breaks, or null when it is whole. */
  firstBreak: { id: number; at: Date; reason: "changed" | "unlinked" } | null;
};

const BATCH = 2000;

/**
 * Walks the chain from its first entry in batches. "changed": the entry's content no longer gives
 * its hash (it was edited). "unlinked": it does not link to the entry before it (an entry was
 * removed or inserted before it, or its hash was blanked). Entries older than the retention period
 * may have been purged from the start; the oldest remaining entry's link is taken as the anchor.
 */
export async function verifyAuditChain(db: DbOrTx): Promise<ChainReport> {
  const report: ChainReport = { checked: 0, unchained: 0, firstBreak: null };
  let previous: string | null | undefined; // undefined: no chained entry seen yet
  let afterId = 0;
  for (;;) {
    const rows = await db.auditEntry.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) return report;
    for (const row of rows) {
      report.checked += 1;
      if (row.hash === null && previous === undefined) {
        report.unchained += 1;
        continue;
      }
      const linked = row.hash !== null && (previous === undefined || row.prevHash === previous);
      if (!linked) return { ...report, firstBreak: { id: row.id, at: row.at, reason: "unlinked" } };
      if (auditEntryHash(row, row.prevHash) !== row.hash) return { ...report, firstBreak: { id: row.id, at: row.at, reason: "changed" } };
      previous = row.hash;
    }
    afterId = rows[rows.length - 1].id;
  }
}
