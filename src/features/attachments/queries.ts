import "server-only";
import { activityVisibility, inPairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";

/**
 * The attachment, if the reader may see the record it belongs to (an activity they may read, or a
 * pledge or rectification of a pairing in their scope); otherwise null (the route answers 404).
 */
export async function findReadableAttachment(db: DbOrTx, user: CurrentUser, id: number) {
  const { pairing } = inPairingScope(user);
  // Readers of every pairing see every pledge's and rectification's evidence: the owner need only exist.
  const ownedBy = pairing ? { pledge: { pairing }, rectification: { pairing } } : { pledge: { isNot: null }, rectification: { isNot: null } };
  return db.attachment.findFirst({
    where: { id, OR: [{ activity: activityVisibility(user) }, { pledge: ownedBy.pledge }, { rectification: ownedBy.rectification }] },
  });
}
