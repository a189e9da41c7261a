// Row scope: which pairings a user may see. LIAISON users see their unit's pairings, VILLAGE users
// their village's; ADMIN and LEADER see all. Every query of scoped data applies this in its
// `where`, and every scoped mutation checks it, so another unit's rows are simply not found.
import type { DbOrTx } from "./db-client";
import type { CurrentUser } from "./current-user";
import { NotFoundError } from "./errors";

export type PairingScope = { unitId?: number; villageId?: number };

export function pairingScope(user: Pick<CurrentUser, "role" | "unitId" | "villageId">): PairingScope {
  switch (user.role) {
    case "LIAISON":
      // A liaison without a unit sees nothing: id -1 matches no row.
      return { unitId: user.unitId ?? -1 };
    case "VILLAGE":
      return { villageId: user.villageId ?? -1 };
    default:
      return {};
  }
}

/** The pairing, if it exists and lies in the user's scope; otherwise NotFoundError (no leak). */
export async function findPairingInScope(db: DbOrTx, user: CurrentUser, pairingId: number) {
  const pairing = await db.pairing.findFirst({ where: { id: pairingId, ...pairingScope(user) } });
  if (!pairing) throw new NotFoundError();
  return pairing;
}
