import "server-only";
// Computing and storing an activity's evidence warnings, inside the transaction of the action that
// changes what they depend on: saving or correcting the activity (its day, its village, its photos),
// submitting it, verifying it (so the verifier decides on the warnings as they are at that moment),
// a village's position and the settings. The photos were examined at upload, before the
// transaction (attachments/photo-facts.ts): everything here is a few indexed queries.
import type { Prisma } from "@/generated/sqlite/client";
import { type EvidenceSettings, SETTINGS_WARNING_KINDS, settingsWarnings, type Warning } from "@/domain/evidence";
import { hashBands, hashDistance, isSamePhoto, nearBandValues } from "@/domain/photo-hash";
import type { ContentAreaCode } from "@/lib/content-areas";
import type { Tx } from "@/server/db-client";
import { imageWhere } from "@/features/attachments";
import { loadEvidenceSettings } from "./settings";

const photoColumns = { id: true, takenAt: true, latitude: true, longitude: true, photoHash: true } as const;
const activityColumns = {
  id: true,
  area: true,
  date: true,
  status: true,
  pairing: { select: { village: { select: { latitude: true, longitude: true } } } },
  attachments: { where: imageWhere, select: photoColumns, orderBy: { id: "asc" } },
} as const satisfies Prisma.ActivitySelect;

type CheckedActivity = Prisma.ActivityGetPayload<{ select: typeof activityColumns }>;

/** Reuse is looked for among activities the organization department sees: a draft is its unit's own business. */
const comparableActivity = { status: { not: "DRAFT" } } as const satisfies Prisma.ActivityWhereInput;

/**
 * Checks the activity's evidence and stores its warnings (replacing the old ones); returns how many
 * it has. The activities whose photos are the same as its photos — now, or before this change —
 * have their reused-photo warnings redone too, so the warning stands on both sides.
 */
export async function checkActivityEvidence(tx: Tx, activityId: number): Promise<number> {
  const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: activityColumns });
  const settings = await loadEvidenceSettings(tx);
  const reuse = await reusedPhotoWarnings(tx, activity);
  const warnings = [...reuse, ...warningsOf(activity, settings)];
  const pointingHere = await tx.evidenceWarning.findMany({ where: { kind: "REUSED_PHOTO", matching: { activityId } }, select: { activityId: true } });
  await replaceWarnings(tx, [activityId], warnings.map((w) => ({ ...w, activityId })));
  await tx.activity.update({ where: { id: activityId }, data: { evidenceCheckedAt: new Date() } });

  const others = new Set([...pointingHere.map((w) => w.activityId), ...(await activitiesOwning(tx, reuse))]);
  others.delete(activityId);
  for (const otherId of others) await recheckReuse(tx, otherId);
  return warnings.length;
}

/**
 * Redoes the time, place and missing-photo warnings of the activities `where` selects that were
 * checked and are not yet verified — after the settings or a village's position changed. (A
 * verified activity keeps the warnings it was decided on.) In bulk: one read, one delete, one insert per slice.
 */
export async function recheckSettingsWarnings(tx: Tx, where: Prisma.ActivityWhereInput): Promise<number> {
  const settings = await loadEvidenceSettings(tx);
  const activities = await tx.activity.findMany({
    where: { AND: [where, { evidenceCheckedAt: { not: null }, status: { not: "VERIFIED" } }] },
    select: activityColumns,
  });
  // In slices: SQLite takes at most 999 bound parameters in one statement.
  for (let i = 0; i < activities.length; i += 400) {
    const slice = activities.slice(i, i + 400);
    const warnings = slice.flatMap((a) => warningsOf(a, settings).map((w) => ({ ...w, activityId: a.id })));
    await replaceWarnings(tx, slice.map((a) => a.id), warnings, SETTINGS_WARNING_KINDS);
  }
  return activities.length;
}

function warningsOf(activity: CheckedActivity, settings: EvidenceSettings): Warning[] {
  return settingsWarnings({ area: activity.area as ContentAreaCode, date: activity.date, village: activity.pairing.village }, activity.attachments, settings);
}

async function recheckReuse(tx: Tx, activityId: number) {
  const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: activityColumns });
  const warnings = await reusedPhotoWarnings(tx, activity);
  await replaceWarnings(tx, [activityId], warnings.map((w) => ({ ...w, activityId })), ["REUSED_PHOTO"]);
}

async function replaceWarnings(tx: Tx, activityIds: number[], warnings: (Warning & { activityId: number })[], kinds?: readonly Warning["kind"][]) {
  await tx.evidenceWarning.deleteMany({ where: { activityId: { in: activityIds }, ...(kinds ? { kind: { in: [...kinds] } } : {}) } });
  if (warnings.length > 0) await tx.evidenceWarning.createMany({ data: warnings });
}

/** One warning per pair of the activity's photo and a same photo of another (comparable) activity. */
async function reusedPhotoWarnings(tx: Tx, activity: CheckedActivity): Promise<Warning[]> {
  const warnings: Warning[] = [];
  for (const photo of activity.attachments) {
    if (!photo.photoHash) continue;
    const matches = await samePhotos(tx, photo.photoHash, activity.id);
    for (const match of matches) warnings.push({ kind: "REUSED_PHOTO", photoId: photo.id, matchingId: match.id, measure: hashDistance(photo.photoHash, match.photoHash!) });
  }
  return warnings;
}

/** Photos of other comparable activities whose hash is within SAME_PHOTO_MAX_BITS, found through the indexed quarters. */
async function samePhotos(tx: Tx, hash: string, exceptActivityId: number) {
  const found = new Map<number, { id: number; photoHash: string | null }>();
  const bands = hashBands(hash);
  for (const [i, band] of bands.entries()) {
    const rows = await tx.attachment.findMany({
      where: { [`hashBand${i}`]: { in: nearBandValues(band) }, activityId: { not: exceptActivityId }, activity: comparableActivity },
      select: { id: true, photoHash: true },
    });
    for (const row of rows) if (row.photoHash && isSamePhoto(hash, row.photoHash)) found.set(row.id, row);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

async function activitiesOwning(tx: Tx, warnings: Warning[]): Promise<number[]> {
  const ids = warnings.flatMap((w) => (w.matchingId === null ? [] : [w.matchingId]));
  if (ids.length === 0) return [];
  const rows = await tx.attachment.findMany({ where: { id: { in: ids } }, select: { activityId: true } });
  return rows.flatMap((r) => (r.activityId === null ? [] : [r.activityId]));
}
