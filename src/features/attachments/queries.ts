import "server-only";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { activityVisibility } from "@/domain/visibility";

/** The attachment, if the reader may see its activity; otherwise null (the route answers 404). */
export async function findReadableAttachment(db: DbOrTx, user: CurrentUser, id: number) {
  return db.attachment.findFirst({ where: { id, activity: activityVisibility(user) } });
}
