import "server-only";
import { type ChainReport, verifyAuditChain } from "@/server/audit-chain";
import type { DbOrTx } from "@/server/db-client";

/** The audit chain walked now, with the time of the walk. */
export async function checkAuditChain(db: DbOrTx): Promise<ChainReport & { checkedAt: Date }> {
  return { ...(await verifyAuditChain(db)), checkedAt: new Date() };
}
