// Row scope in mutations: the pairing a user acts on must lie in their scope (domain/visibility.ts),
// so another unit's row is simply "not found".
import { pairingScope } from "@/domain/visibility";
import type { DbOrTx } from "./db-client";
import type { CurrentUser } from "./current-user";
import { NotFoundError } from "./errors";

/** The pairing, if it exists and lies in the user's scope; otherwise NotFoundError (no leak). */
export async function findPairingInScope(db: DbOrTx, user: CurrentUser, pairingId: number) {
  const pairing = await db.pairing.findFirst({ where: { id: pairingId, ...pairingScope(user) } });
  if (!pairing) throw new NotFoundError();
  return pairing;
}
