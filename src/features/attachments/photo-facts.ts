import "server-only";
// Every photo is examined when it is uploaded, whatever record it belongs to, in the action's
// `prepare` step (never inside the transaction): decoded (bytes that are no decodable image are
// refused), its EXIF read (capture time, GPS position, camera), its perceptual hash made, and two
// light copies written for lists and village phones — without any EXIF, so no GPS position or
// camera serial leaves with them. One decode serves the copies and the hash.
import exifr from "exifr";
import sharp from "sharp";
import { differenceHash, hashBands } from "@/domain/photo-hash";
import { UserError } from "@/server/errors";

/** Longest side of the light copies, in pixels: a list's thumbnail and a phone screen's photo. */
export const THUMB_SIZE = 320;
export const PHONE_SIZE = 1600;

export type PhotoFacts = {
  width: number;
  height: number;
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  camera: string | null;
  photoHash: string | null;
  hashBand0: number | null;
  hashBand1: number | null;
  hashBand2: number | null;
  hashBand3: number | null;
};

export type ExaminedPhoto = { facts: PhotoFacts; thumb: Buffer; phone: Buffer };

/** Decodes the photo and reads what it says of itself; refuses bytes that are no image. */
export async function examinePhoto(bytes: Uint8Array, name: string): Promise<ExaminedPhoto> {
  try {
    const source = sharp(bytes, { failOn: "error" });
    const metadata = await source.metadata();
    // Upright (EXIF orientation applied) and no larger than the phone copy: every later step starts here.
    const { data, info } = await source
      .rotate()
      .resize(PHONE_SIZE, PHONE_SIZE, { fit: "inside", withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const upright = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const [phone, thumb, grey, exif] = await Promise.all([
      upright().webp({ quality: 78 }).toBuffer(),
      upright().resize(THUMB_SIZE, THUMB_SIZE, { fit: "inside", withoutEnlargement: true }).webp({ quality: 70 }).toBuffer(),
      upright().removeAlpha().greyscale().resize(9, 8, { fit: "fill" }).raw().toBuffer(),
      readExif(metadata.exif),
    ]);
    const photoHash = differenceHash(grey);
    const [hashBand0, hashBand1, hashBand2, hashBand3] = photoHash ? hashBands(photoHash) : [null, null, null, null];
    const turned = (metadata.orientation ?? 1) >= 5;
    const facts: PhotoFacts = {
      width: (turned ? metadata.height : metadata.width) ?? info.width,
      height: (turned ? metadata.width : metadata.height) ?? info.height,
      ...exif,
      photoHash,
      hashBand0,
      hashBand1,
      hashBand2,
      hashBand3,
    };
    return { facts, thumb, phone };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("attachments.errors.undecodable", { name }, "files");
  }
}

type ExifFacts = Pick<PhotoFacts, "takenAt" | "latitude" | "longitude" | "camera">;

const NO_EXIF: ExifFacts = { takenAt: null, latitude: null, longitude: null, camera: null };

/** EXIF as sharp hands it over (a TIFF block, in JPEG behind an "Exif\0\0" header); damaged EXIF counts as none. */
async function readExif(block: Buffer | undefined): Promise<ExifFacts> {
  if (!block) return NO_EXIF;
  const tiff = block.subarray(0, 6).toString("latin1") === "Exif\0\0" ? block.subarray(6) : block;
  const tags = await exifr.parse(tiff, { tiff: true, exif: true, gps: true, reviveValues: false }).catch(() => null);
  if (!tags) return NO_EXIF;
  const latitude = finite(tags.latitude);
  const longitude = finite(tags.longitude);
  const camera = [tags.Make, tags.Model].filter((v) => typeof v === "string" && v.trim()).join(" ").trim();
  return {
    takenAt: exifTime(tags.DateTimeOriginal ?? tags.CreateDate, tags.OffsetTimeOriginal),
    // 0,0 is what a phone without a fix writes, not a place in the Gulf of Guinea.
    ...(latitude !== null && longitude !== null && (latitude !== 0 || longitude !== 0) ? { latitude, longitude } : { latitude: null, longitude: null }),
    camera: camera ? camera.slice(0, 100) : null,
  };
}

const finite = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * "2011:03:15 10:01:02" with its offset ("+08:00") when the phone wrote one; without one, the
 * phone's clock is taken to show Beijing time (Asia/Shanghai), where the campaign's photos are taken.
 */
export function exifTime(stamp: unknown, offset: unknown): Date | null {
  if (typeof stamp !== "string") return null;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(stamp.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const zone = typeof offset === "string" && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : "+08:00";
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  // "0000:00:00 00:00:00" is what a camera without a clock writes.
  return Number.isNaN(date.getTime()) ? null : date;
}
