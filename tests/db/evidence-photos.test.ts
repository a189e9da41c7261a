// The evidence checks on real photos, made here with sharp (tests/helpers/photos.ts): a village
// scene as a phone JPEG with EXIF, and the copies someone re-filing it would make. Each case gives
// exactly the warning expected — or none — through the real upload and save path; the hash
// threshold of src/domain/photo-hash.ts is chosen from the distances measured in the first block.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashDistance, SAME_PHOTO_MAX_BITS } from "@/domain/photo-hash";
import type { Db } from "@/server/db-client";
import { createActivityAction, updateActivityAction } from "@/features/activities/mutations-recording";
import { returnActivityAction } from "@/features/activities/mutations-review";
import { examinePhoto } from "@/features/attachments/photo-facts";
import { readStored } from "@/features/attachments/storage";
import { runAs, runOk } from "../helpers/factories";
import { croppedCopy, type PhoneExif, photoFile, resizedCopy, takePhoto } from "../helpers/photos";
import { activityForm, closeWorldDb, createWorldDbWithUploads, fileOf, type World } from "../helpers/world";

// 满天红村 of 铁力镇, near Tieli (46.98°N 128.03°E); the activity is on 2011-04-20.
const VILLAGE = { latitude: 46.98, longitude: 128.03 };
const NEAR = { latitude: 46.985, longitude: 128.036 }; // about 700 m away
const HARBIN = { latitude: 45.75, longitude: 126.65 }; // about 170 km away
const ON_THE_DAY: PhoneExif = { takenAt: "2011-04-20 10:15:00", gps: NEAR };
const SIZE = { width: 1200, height: 900 };

let db: Db;
let w: World;
let uploads: string;
beforeAll(async () => {
  ({ db, w, uploads } = await createWorldDbWithUploads());
  await db.$transaction((tx) => tx.village.update({ where: { id: w.villageA.id }, data: VILLAGE }));
});
afterAll(() => closeWorldDb(db, uploads));

async function hashOf(bytes: Buffer) {
  const hash = (await examinePhoto(bytes, "x.jpg")).facts.photoHash;
  if (!hash) throw new Error("a photo of a scene has a fingerprint");
  return hash;
}

/** A one-colour picture of the size given, as phones' screenshots of a blank screen are. */
const plainImage = (background: string, width = 800, height = 600) => sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();

/** Records and submits an activity of pairing A (or B) with the photos; returns its id. */
async function report(photos: Buffer[], options: { pairing?: "A" | "B"; extra?: Record<string, unknown> } = {}) {
  const pairing = options.pairing === "B" ? w.pairingB : w.pairingA;
  const liaison = options.pairing === "B" ? w.liaisonB : w.liaisonA;
  const form = { ...activityForm(pairing.id, { intent: "submit", ...options.extra }), files: photos.map((p, i) => photoFile(p, `照片${i + 1}.jpg`)) };
  return (await runOk(db, liaison, createActivityAction, form)).id;
}

async function warningsOf(activityId: number) {
  const rows = await db.evidenceWarning.findMany({ where: { activityId }, orderBy: { id: "asc" }, include: { matching: { select: { activityId: true } } } });
  return rows.map((r) => ({ kind: r.kind, measure: r.measure, matchingActivity: r.matching?.activityId ?? null }));
}

describe("the hash threshold, from real copies", () => {
  it("keeps copies within it and different photos of the same scene well outside it", async () => {
    const distances = { resized: [] as number[], cropped5: [] as number[], cropped10: [] as number[], otherShot: [] as number[] };
    for (const scene of [1, 2, 3]) {
      const original = await takePhoto({ scene, ...SIZE });
      const hash = await hashOf(original);
      distances.resized.push(hashDistance(hash, await hashOf(await resizedCopy(original))));
      distances.cropped5.push(hashDistance(hash, await hashOf(await croppedCopy(original, 0.05))));
      distances.cropped10.push(hashDistance(hash, await hashOf(await croppedCopy(original, 0.1))));
      for (const shot of [1, 2]) distances.otherShot.push(hashDistance(hash, await hashOf(await takePhoto({ scene, shot, ...SIZE }))));
    }
    console.log("difference-hash distances (bits):", JSON.stringify(distances));
    expect(Math.max(...distances.resized)).toBeLessThanOrEqual(4);
    expect(Math.max(...distances.cropped5, ...distances.cropped10)).toBeLessThanOrEqual(SAME_PHOTO_MAX_BITS);
    // A margin on both sides: a copy is never near the line, nor is another photo.
    expect(Math.max(...distances.cropped10)).toBeLessThanOrEqual(SAME_PHOTO_MAX_BITS - 2);
    expect(Math.min(...distances.otherShot)).toBeGreaterThanOrEqual(SAME_PHOTO_MAX_BITS + 6);
  });
});

describe("each photo gives exactly the warning expected", () => {
  let original: Buffer;
  let first: number;
  beforeAll(async () => {
    original = await takePhoto({ scene: 10, ...SIZE }, ON_THE_DAY);
    first = await report([original]);
  });

  it("a photo taken on the day near the village: no warning, and both checks done", async () => {
    expect(await warningsOf(first)).toEqual([]);
    const [photo] = await db.attachment.findMany({ where: { activityId: first } });
    expect(photo).toMatchObject({ latitude: expect.closeTo(NEAR.latitude, 4), longitude: expect.closeTo(NEAR.longitude, 4), camera: "HUAWEI P30", width: 1200, height: 900 });
    expect(photo.takenAt?.toISOString()).toBe("2011-04-20T02:15:00.000Z");
  });

  it("the identical photo filed by another unit: reused, on both activities", async () => {
    const second = await report([original], { pairing: "B" });
    expect(await warningsOf(second)).toEqual([{ kind: "REUSED_PHOTO", measure: 0, matchingActivity: first }]);
    expect(await warningsOf(first)).toEqual([{ kind: "REUSED_PHOTO", measure: 0, matchingActivity: second }]);
    // Returned, and the photo taken off: the warning goes on the other side too.
    await runOk(db, w.admin, returnActivityAction, { id: second, reason: "照片与另一活动相同" });
    const [attachment] = await db.attachment.findMany({ where: { activityId: second } });
    await runOk(db, w.liaisonB, updateActivityAction, { ...activityForm(w.pairingB.id, { intent: "submit" }), id: second, removeAttachment: [String(attachment.id)] });
    expect(await warningsOf(first)).toEqual([]);
  });

  it("a resized and recompressed copy: reused", async () => {
    const copy = await report([await resizedCopy(original)]);
    expect(await warningsOf(copy)).toEqual([{ kind: "REUSED_PHOTO", measure: expect.any(Number), matchingActivity: first }]);
    await deleteAll(copy);
  });

  it("a cropped copy: reused", async () => {
    const copy = await report([await croppedCopy(original, 0.1)]);
    const warnings = await warningsOf(copy);
    expect(warnings).toEqual([{ kind: "REUSED_PHOTO", measure: expect.any(Number), matchingActivity: first }]);
    expect(warnings[0].measure).toBeLessThanOrEqual(SAME_PHOTO_MAX_BITS);
    await deleteAll(copy);
  });

  it("a different photo of the same scene, on the day, near the village: no warning", async () => {
    const other = await report([await takePhoto({ scene: 10, shot: 1, ...SIZE }, ON_THE_DAY)]);
    expect(await warningsOf(other)).toEqual([]);
  });

  it("a photo taken a year and more before the activity: taken at another time", async () => {
    const old = await report([await takePhoto({ scene: 11, ...SIZE }, { ...ON_THE_DAY, takenAt: "2010-03-01 09:00:00" })]);
    expect(await warningsOf(old)).toEqual([{ kind: "TAKEN_AT_OTHER_TIME", measure: -415, matchingActivity: null }]);
  });

  it("a photo taken three days after (the tolerance) is fine, four days is not", async () => {
    const within = await report([await takePhoto({ scene: 12, ...SIZE }, { ...ON_THE_DAY, takenAt: "2011-04-23 23:59:00" })]);
    expect(await warningsOf(within)).toEqual([]);
    const beyond = await report([await takePhoto({ scene: 13, ...SIZE }, { ...ON_THE_DAY, takenAt: "2011-04-24 00:01:00" })]);
    expect(await warningsOf(beyond)).toEqual([{ kind: "TAKEN_AT_OTHER_TIME", measure: 4, matchingActivity: null }]);
  });

  it("a photo with a far GPS position: taken elsewhere", async () => {
    const far = await report([await takePhoto({ scene: 14, ...SIZE }, { ...ON_THE_DAY, gps: HARBIN })]);
    const warnings = await warningsOf(far);
    expect(warnings).toEqual([{ kind: "TAKEN_ELSEWHERE", measure: expect.any(Number), matchingActivity: null }]);
    expect(warnings[0].measure! / 1000).toBeGreaterThan(150);
    expect(warnings[0].measure! / 1000).toBeLessThan(200);
  });

  it("a photo without EXIF: no warning, and nothing to check it by", async () => {
    const bare = await report([await takePhoto({ scene: 15, ...SIZE })]);
    expect(await warningsOf(bare)).toEqual([]);
    const [photo] = await db.attachment.findMany({ where: { activityId: bare } });
    expect(photo).toMatchObject({ takenAt: null, latitude: null, longitude: null, camera: null });
    expect(photo.photoHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("two different plain pictures: not the same photo, for a plain picture has no fingerprint", async () => {
    const white = await report([await plainImage("#ffffff")]);
    const grey = await report([await plainImage("#808080", 1, 1)], { pairing: "B" });
    expect(await warningsOf(grey)).toEqual([]);
    expect(await warningsOf(white)).toEqual([]);
    const [photo] = await db.attachment.findMany({ where: { activityId: grey } });
    expect(photo).toMatchObject({ photoHash: null, hashBand0: null, width: 1, height: 1 });
  });

  it("a far photo of a village without a position: not warned of (its place is not checked)", async () => {
    const unplaced = await report([await takePhoto({ scene: 16, ...SIZE }, { ...ON_THE_DAY, gps: HARBIN })], { pairing: "B" });
    expect(await warningsOf(unplaced)).toEqual([]);
  });
});

describe("the light copies", () => {
  it("are WebP at 320 and 1600 px without any EXIF, while the original keeps its own", async () => {
    const big = await takePhoto({ scene: 20, width: 2400, height: 1800 }, { ...ON_THE_DAY, gps: HARBIN });
    const id = await report([big], { extra: { intent: "draft" } });
    const [photo] = await db.attachment.findMany({ where: { activityId: id } });
    const thumb = await sharp((await readStored(photo.thumbKey!))!).metadata();
    const phone = await sharp((await readStored(photo.phoneKey!))!).metadata();
    expect([thumb.format, thumb.width, thumb.height, thumb.exif]).toEqual(["webp", 320, 240, undefined]);
    expect([phone.format, phone.width, phone.height, phone.exif]).toEqual(["webp", 1600, 1200, undefined]);
    expect((await sharp((await readStored(photo.storageKey))!).metadata()).exif).toBeDefined();
    expect((await readStored(photo.thumbKey!))!.byteLength).toBeLessThan(big.byteLength / 10);
  });

  it("are removed from disk with their photo", async () => {
    const id = await report([await takePhoto({ scene: 21, ...SIZE })], { extra: { intent: "draft" } });
    const [photo] = await db.attachment.findMany({ where: { activityId: id } });
    await runOk(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id), id, removeAttachment: [String(photo.id)] });
    for (const key of [photo.storageKey, photo.thumbKey!, photo.phoneKey!]) expect(await readStored(key)).toBeNull();
  });
});

describe("bytes that are no photo", () => {
  it("refuses a JPEG that does not decode, and writes nothing", async () => {
    const photo = await takePhoto({ scene: 22, ...SIZE });
    const before = await db.attachment.count();
    const result = await runAs(db, w.liaisonA, createActivityAction, { ...activityForm(w.pairingA.id), files: [photoFile(photo.subarray(0, 2000), "半张.jpg")] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: "文件“半张.jpg”无法作为照片打开，可能已损坏，请重新选择。" } });
    expect(await db.attachment.count()).toBe(before);
  });

  it("examines a PDF not at all", async () => {
    const id = await report([], { extra: { intent: "draft" } });
    await runOk(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id), id, files: [fileOf.pdf()] });
    const [pdf] = await db.attachment.findMany({ where: { activityId: id } });
    expect(pdf).toMatchObject({ photoHash: null, thumbKey: null, phoneKey: null });
  });
});

async function deleteAll(activityId: number) {
  await db.$transaction((tx) => tx.activity.delete({ where: { id: activityId } }));
}
