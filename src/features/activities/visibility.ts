// Which activities a user may read. Row scope first (pairingScope: a liaison's unit, a village's
// own pairings). Drafts are the recording unit's work in progress: the village and the leaders
// see an activity only once it has been submitted.
import type { Prisma } from "@/generated/sqlite/client";
import type { CurrentUser } from "@/server/current-user";
import { pairingScope } from "@/server/scope";

type Reader = Pick<CurrentUser, "role" | "unitId" | "villageId">;

export function activityVisibility(user: Reader): Prisma.ActivityWhereInput {
  const pairing = { pairing: pairingScope(user) };
  if (user.role === "LEADER" || user.role === "VILLAGE") return { ...pairing, status: { not: "DRAFT" } };
  return pairing;
}

/** Activities a user may still change as their recorder (LIAISON: own unit; ADMIN: any). */
export function activityRecordScope(user: Reader): Prisma.ActivityWhereInput {
  return { pairing: pairingScope(user) };
}
