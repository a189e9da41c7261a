import "server-only";
// What the review page, the activity page and the settings page show of the evidence checks.
import { checkPlace, checkTime, type Check, positionOf } from "@/domain/evidence";
import { activityVisibility } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import { imageWhere } from "@/features/attachments";
import { loadEvidenceSettings } from "./settings";

const photoColumns = { id: true, fileName: true, mimeType: true, thumbKey: true, phoneKey: true, takenAt: true, latitude: true, longitude: true, camera: true } as const;

export { loadEvidenceSettings };

/**
 * The activity's evidence as its reader may see it: its warnings, each photo's time and place
 * checks, and for a reused photo the other activity — named, with its pairing and day, when the
 * reader may read it and it is of the same unit, or the reader is the organization department;
 * otherwise only "another unit's activity", and not its photo.
 */
export async function getEvidenceReport(db: DbOrTx, user: CurrentUser, activity: { id: number; date: Date; evidenceCheckedAt: Date | null; pairing: { unitId: number; village: { latitude: number | null; longitude: number | null } } }) {
  const [settings, warnings, photos] = await Promise.all([
    loadEvidenceSettings(db),
    db.evidenceWarning.findMany({
      where: { activityId: activity.id },
      orderBy: { id: "asc" },
      include: {
        photo: { select: photoColumns },
        matching: {
          select: {
            ...photoColumns,
            activity: { select: { id: true, title: true, date: true, status: true, pairing: { select: { unitId: true, unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } } } },
          },
        },
      },
    }),
    db.attachment.findMany({ where: { activityId: activity.id, ...imageWhere }, select: photoColumns, orderBy: { id: "asc" } }),
  ]);
  const otherIds = warnings.flatMap((w) => (w.matching?.activity ? [w.matching.activity.id] : []));
  const readable = new Set(
    otherIds.length === 0 ? [] : (await db.activity.findMany({ where: { AND: [{ id: { in: otherIds } }, activityVisibility(user)] }, select: { id: true } })).map((a) => a.id),
  );
  const village = positionOf(activity.pairing.village);
  return {
    checked: activity.evidenceCheckedAt !== null,
    settings,
    villagePositioned: village !== null,
    warnings: warnings.map(({ matching, ...w }) => {
      const other = matching?.activity;
      const otherUnit = other ? other.pairing.unitId !== activity.pairing.unitId : false;
      const shown = other && readable.has(other.id) && (!otherUnit || user.role === "ADMIN");
      return { ...w, matching: matching && other ? { otherUnit, photo: shown ? matching : null, activity: shown ? other : null } : null };
    }),
    photos: photos.map((photo) => ({
      ...photo,
      time: checkTime(photo.takenAt, activity.date, settings) as Check,
      place: checkPlace(positionOf(photo), village, settings) as Check,
    })),
  };
}

export type EvidenceReport = Awaited<ReturnType<typeof getEvidenceReport>>;
