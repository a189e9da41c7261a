// Who sees which records (DOMAIN.md §2). Row scope first: a liaison sees their unit's pairings, a
// village secretary their village's, the organization department and leaders all of them. Then the
// drafts: a draft belongs to the recording unit — its liaisons see it, and so does whoever recorded
// it (an ADMIN recording for a unit sees their own drafts); other ADMINs, leaders and villages see
// an activity only once it is reported. Every list, ledger, count, queue and export of activities
// uses activityVisibility. The dashboard counts reported activities only, which everyone in a
// pairing scope may see, so its where-clauses apply the pairing scope alone (kept lean for its
// indexes; tests/db/visibility.test.ts holds it to this rule).
import type { Prisma } from "@/generated/sqlite/client";
import type { Role } from "@/generated/sqlite/enums";

export type Reader = { id: number; role: Role; unitId: number | null; villageId: number | null };

export type PairingScope = { unitId?: number; villageId?: number };

export function pairingScope(reader: Pick<Reader, "role" | "unitId" | "villageId">): PairingScope {
  switch (reader.role) {
    case "LIAISON":
      // A liaison without a unit sees nothing: id -1 matches no row.
      return { unitId: reader.unitId ?? -1 };
    case "VILLAGE":
      return { villageId: reader.villageId ?? -1 };
    default:
      return {};
  }
}

/** Whether `reader` sees every pairing (no row scope): otherwise a missing pairing may just be another unit's. */
export function seesAllPairings(reader: Pick<Reader, "role" | "unitId" | "villageId">): boolean {
  return Object.keys(pairingScope(reader)).length === 0;
}

/** `{ pairing: scope }` for records that belong to a pairing, or nothing when the reader sees all. */
export function inPairingScope(reader: Pick<Reader, "role" | "unitId" | "villageId">): { pairing?: PairingScope } {
  const scope = pairingScope(reader);
  return Object.keys(scope).length > 0 ? { pairing: scope } : {};
}

/** The activities `reader` may see. */
export function activityVisibility(reader: Reader): Prisma.ActivityWhereInput {
  const scope = inPairingScope(reader);
  // Within the scope a liaison's unit owns every draft.
  if (reader.role === "LIAISON") return scope;
  return { ...scope, OR: [{ status: { not: "DRAFT" } }, { recordedById: reader.id }] };
}
