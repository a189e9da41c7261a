// The whole activity as the audit log keeps it: its row, its indicator values (with their codes,
// readable years later), the names of its attachments and its evidence warnings.
import type { DbOrTx } from "@/server/db-client";

export async function activitySnapshot(db: DbOrTx, id: number) {
  const activity = await db.activity.findUniqueOrThrow({
    where: { id },
    include: {
      values: { select: { indicatorId: true, value: true, indicator: { select: { code: true } } }, orderBy: { indicatorId: "asc" } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { id: "asc" } },
      evidenceWarnings: { select: { kind: true, photoId: true, matchingId: true, measure: true }, orderBy: { id: "asc" } },
    },
  });
  return {
    ...activity,
    values: activity.values.map((v) => ({ indicatorId: v.indicatorId, code: v.indicator.code, value: v.value })),
  };
}
