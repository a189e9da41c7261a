// The evidence checks of an activity's photos (DOMAIN.md §6, "Evidence"): a photo filed for another
// activity too (photo-hash.ts), taken long before or after the activity, taken far from the village,
// or no photo at all where the campaign expects one. They warn; people decide — nothing is refused.
// A check that lacks what it needs (no capture time, no GPS, a village without coordinates) is
// "not checked", never "fine".
import { z } from "zod";
import type { Prisma } from "@/generated/sqlite/client";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { daysBetween, shanghaiDay } from "@/lib/dates";
import { wholeNumber } from "@/lib/form-fields";

export const WARNING_KINDS = ["REUSED_PHOTO", "TAKEN_AT_OTHER_TIME", "TAKEN_ELSEWHERE", "NO_PHOTO"] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** The warnings the settings decide (the reused-photo check does not depend on them). */
export const SETTINGS_WARNING_KINDS = ["TAKEN_AT_OTHER_TIME", "TAKEN_ELSEWHERE", "NO_PHOTO"] as const satisfies readonly WarningKind[];

export type EvidenceSettings = {
  /** A photo taken more than this many days before or after the activity's day is warned of. */
  timeToleranceDays: number;
  /** A photo taken more than this many kilometres from the village is warned of. */
  distanceKm: number;
  /** The content areas whose activities should carry at least one photo. */
  photoAreas: ContentAreaCode[];
};

/**
 * Until the organization department changes them (README, "Evidence checks"): three days either
 * side of the activity's day, for an activity over two days and a phone clock a day out; 5 km, the
 * reach of a village's fields around its centre. No area expects a photo until the department
 * says which do: records from before the checks, and work such as securing funds, are proved by
 * papers, and a warning on every one of them would teach reviewers to ignore warnings.
 */
export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = {
  timeToleranceDays: 3,
  distanceKm: 5,
  photoAreas: [],
};

/** The settings row's photoAreas column: codes, comma-separated, in the catalogue's order. */
export function parsePhotoAreas(stored: string): ContentAreaCode[] {
  const codes = new Set(stored.split(","));
  return CONTENT_AREAS.filter((a) => codes.has(a));
}

export const formatPhotoAreas = (areas: readonly ContentAreaCode[]) => parsePhotoAreas(areas.join(",")).join(",");

/** The settings form: whole days and kilometres; the areas ticked. */
export const EvidenceSettingsInput = z.object({
  timeToleranceDays: wholeNumber(365),
  distanceKm: wholeNumber(1000).pipe(z.number().min(1, { error: "validation.tooSmall" })),
  photoAreas: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(CONTENT_AREAS))),
});

// — the checks of one photo —

export type Position = { latitude: number; longitude: number };

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: Position, b: Position): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function positionOf(row: { latitude: number | null; longitude: number | null }): Position | null {
  return row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude };
}

export type Check =
  | { state: "ok"; measure: number }
  | { state: "warning"; measure: number }
  | { state: "notChecked"; reason: "noCaptureTime" | "noGps" | "noVillagePosition" };

/** Days from the activity's day to the capture day (Shanghai calendar; negative: taken before). */
export function checkTime(takenAt: Date | null, activityDate: Date, settings: Pick<EvidenceSettings, "timeToleranceDays">): Check {
  if (!takenAt) return { state: "notChecked", reason: "noCaptureTime" };
  const days = daysBetween(shanghaiDay(activityDate), shanghaiDay(takenAt));
  return { state: Math.abs(days) > settings.timeToleranceDays ? "warning" : "ok", measure: days };
}

/** Metres from the village's position to where the photo was taken. */
export function checkPlace(photo: Position | null, village: Position | null, settings: Pick<EvidenceSettings, "distanceKm">): Check {
  if (!photo) return { state: "notChecked", reason: "noGps" };
  if (!village) return { state: "notChecked", reason: "noVillagePosition" };
  const km = distanceKm(photo, village);
  return { state: km > settings.distanceKm ? "warning" : "ok", measure: Math.round(km * 1000) };
}

// — the warnings the settings decide, for one activity —

export type PhotoFacts = { id: number; takenAt: Date | null; latitude: number | null; longitude: number | null };
export type EvidenceActivity = { area: ContentAreaCode; date: Date; village: { latitude: number | null; longitude: number | null } };
export type Warning = { kind: WarningKind; photoId: number | null; matchingId: number | null; measure: number | null };

/** Time, place and missing-photo warnings of an activity whose photos are `photos` (images only). */
export function settingsWarnings(activity: EvidenceActivity, photos: PhotoFacts[], settings: EvidenceSettings): Warning[] {
  if (photos.length === 0) {
    return settings.photoAreas.includes(activity.area) ? [{ kind: "NO_PHOTO", photoId: null, matchingId: null, measure: null }] : [];
  }
  const village = positionOf(activity.village);
  return photos.flatMap((photo) => {
    const time = checkTime(photo.takenAt, activity.date, settings);
    const place = checkPlace(positionOf(photo), village, settings);
    return [
      ...(time.state === "warning" ? [{ kind: "TAKEN_AT_OTHER_TIME" as const, photoId: photo.id, matchingId: null, measure: time.measure }] : []),
      ...(place.state === "warning" ? [{ kind: "TAKEN_ELSEWHERE" as const, photoId: photo.id, matchingId: null, measure: place.measure }] : []),
    ];
  });
}

// — the activity list's filter —

export const EVIDENCE_STATES = ["warned", "clear", "unchecked"] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

/** Activities with warnings, checked without any, or never checked (recorded before the checks). */
export function evidenceStateWhere(state: EvidenceState): Prisma.ActivityWhereInput {
  if (state === "warned") return { evidenceWarnings: { some: {} } };
  if (state === "clear") return { evidenceCheckedAt: { not: null }, evidenceWarnings: { none: {} } };
  return { evidenceCheckedAt: null };
}

/** Verified despite a warning: the activity carried evidence warnings when it was verified. */
export const verifiedDespiteWarningsWhere = { verifiedWarnings: { gt: 0 } } satisfies Prisma.ActivityWhereInput;
