// The audit log: who changed what, with the row before and after. Written in the same transaction
// as the change itself (the action wrapper does it), so a change without its entry cannot exist;
// each entry is chained to the one before it (audit-chain.ts).
import { auditEntryHash, type ChainedContent, lockChainHead } from "./audit-chain";
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
  const prevHash = await lockChainHead(tx);
  await tx.auditEntry.create({ data: { ...content, prevHash, hash: auditEntryHash(content, prevHash) } });
}
