// The audit log: who changed what, with the row before and after. Written in the same transaction
// as the change itself (the action wrapper does it), so a change without its entry cannot exist;
// each entry is chained to the one before it (audit-chain.ts). A change to business data also moves
// the data version (data-version.ts) in that transaction.
import { auditEntryHash, type ChainedContent, lockChainHead } from "./audit-chain";
import { bumpDataVersionFor } from "./data-version";
import type { DbOrTx } from "./db-client";

export type AuditRecord = {
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Overrides the action's name, e.g. "unit.delete" from a bulk action. */
  action?: string;
};

export async function writeAudit(tx: DbOrTx, userId: number | null, action: string, record: AuditRecord) {
  const content: ChainedContent = {
    at: new Date(),
    userId,
    action: record.action ?? action,
    entity: record.entity,
    entityId: String(record.entityId),
    before: record.before === undefined ? null : JSON.stringify(record.before),
    after: record.after === undefined ? null : JSON.stringify(record.after),
  };
  // The version first, then the chain: every writer takes the two locks in this order.
  await bumpDataVersionFor(tx, content.action);
  const prevHash = await lockChainHead(tx);
  await tx.auditEntry.create({ data: { ...content, prevHash, hash: auditEntryHash(content, prevHash) } });
}
