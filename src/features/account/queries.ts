import "server-only";
import type { DbOrTx } from "@/server/db";

/** The unit or village the user works for, as their account page names it. */
export async function accountScope(db: DbOrTx, userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } },
  });
}
