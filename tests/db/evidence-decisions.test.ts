// What people do with the evidence warnings: the verifier of a warned activity writes a note (kept
// with the decision and in the audit entry); the organization department's settings and a
// village's position change the warnings of activities not yet verified; and a reused photo of
// another unit's activity is named to the organization department only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createActivityAction } from "@/features/activities/mutations-recording";
import { verifyActivityAction } from "@/features/activities/mutations-review";
import { updateEvidenceSettingsAction } from "@/features/evidence/mutations";
import { getEvidenceReport } from "@/features/evidence/queries";
import { updateVillageAction } from "@/features/villages/mutations";
import { asCurrentUser, runAs, runOk } from "../helpers/factories";
import { photoFile, takePhoto } from "../helpers/photos";
import { activityForm, closeWorldDb, createWorldDbWithUploads, type World } from "../helpers/world";

const SMALL = { width: 480, height: 360 };
const HARBIN = { latitude: 45.75, longitude: 126.65 };

let db: Db;
let w: World;
let uploads: string;
beforeAll(async () => ({ db, w, uploads } = await createWorldDbWithUploads()));
afterAll(() => closeWorldDb(db, uploads));

async function report(photos: Buffer[], pairing = w.pairingA, liaison = w.liaisonA, extra: Record<string, unknown> = {}) {
  return (await runOk(db, liaison, createActivityAction, { ...activityForm(pairing.id, { intent: "submit", ...extra }), files: photos.map((p) => photoFile(p)) })).id;
}

const kinds = async (activityId: number) => (await db.evidenceWarning.findMany({ where: { activityId }, orderBy: { id: "asc" } })).map((w) => w.kind);

describe("verifying a warned activity", () => {
  it("needs a note; the note, the number of warnings and the warnings themselves are kept", async () => {
    const id = await report([await takePhoto({ scene: 60, ...SMALL }, { takenAt: "2009-01-01 10:00:00" })]);
    expect(await kinds(id)).toEqual(["TAKEN_AT_OTHER_TIME"]);
    expect(await runAs(db, w.admin, verifyActivityAction, { id })).toMatchObject({
      ok: false,
      fieldErrors: { note: "此活动有 1 条证据提示，审核通过前请填写审核说明。" },
    });
    expect((await db.activity.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    await runOk(db, w.admin, verifyActivityAction, { id, note: "照片为去年存档，已核实活动签到表。" });
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "VERIFIED", verifiedWarnings: 1, verificationNote: "照片为去年存档，已核实活动签到表。" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "activity.verify", entityId: String(id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ verifiedWarnings: 1, verificationNote: "照片为去年存档，已核实活动签到表。", evidenceWarnings: [{ kind: "TAKEN_AT_OTHER_TIME", measure: -839 }] });
  });

  it("needs no note without warnings, and still refuses every role but the organization department", async () => {
    const id = await report([await takePhoto({ scene: 61, ...SMALL }, { takenAt: "2011-04-20 09:00:00" })]);
    for (const user of [w.liaisonA, w.leader, w.villagerA]) {
      expect(await runAs(db, user, verifyActivityAction, { id, note: "x" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    await runOk(db, w.admin, verifyActivityAction, { id });
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "VERIFIED", verifiedWarnings: 0, verificationNote: null });
  });
});

describe("the settings", () => {
  it("are changed by the organization department only, and apply at once to activities not yet verified", async () => {
    const pending = await report([]);
    const verified = await report([]);
    await runOk(db, w.admin, verifyActivityAction, { id: verified });
    expect(await kinds(pending)).toEqual([]);

    const settings = { timeToleranceDays: "3", distanceKm: "5", photoAreas: ["MASS_SERVICE", "ORG_LIFE"] };
    for (const user of [w.liaisonA, w.leader, w.villagerA]) {
      expect(await runAs(db, user, updateEvidenceSettingsAction, settings)).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    expect(await db.evidenceSettings.count()).toBe(0);

    expect(await runAs(db, w.admin, updateEvidenceSettingsAction, settings)).toMatchObject({ ok: true });
    expect(await kinds(pending)).toEqual(["NO_PHOTO"]);
    // A verified activity keeps the warnings it was decided on.
    expect(await kinds(verified)).toEqual([]);
    expect(await db.auditEntry.count({ where: { action: "evidence.settings" } })).toBe(1);
  });

  it("refuses a distance below 1 km beside its field", async () => {
    expect(await runAs(db, w.admin, updateEvidenceSettingsAction, { timeToleranceDays: "3", distanceKm: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { distanceKm: "不能小于 1。" },
    });
  });
});

describe("a village's position", () => {
  it("once given, checks where its pending activities' photos were taken", async () => {
    const id = await report([await takePhoto({ scene: 62, ...SMALL }, { takenAt: "2011-04-20 09:00:00", gps: HARBIN })], w.pairingB, w.liaisonB, { area: "CARRIER" });
    expect(await kinds(id)).toEqual([]);
    const village = await db.village.findUniqueOrThrow({ where: { id: w.villageB.id } });
    const form = { id: village.id, name: village.name, townshipId: String(village.townshipId), latitude: "46.98", longitude: "128.03" };
    expect(await runAs(db, w.admin, updateVillageAction, { ...form, longitude: "" })).toMatchObject({ ok: false, fieldErrors: { longitude: "纬度和经度须同时填写，或都不填。" } });
    await runOk(db, w.admin, updateVillageAction, form);
    expect(await kinds(id)).toEqual(["TAKEN_ELSEWHERE"]);
  });
});

describe("a reused photo of another unit's activity", () => {
  it("is named, with its photo, to the organization department only", async () => {
    const photo = await takePhoto({ scene: 63, ...SMALL });
    const own = await report([photo], w.pairingA, w.liaisonA, { area: "CARRIER" });
    const copy = await report([photo], w.pairingB, w.liaisonB, { area: "CARRIER" });
    const activity = await db.activity.findUniqueOrThrow({ where: { id: copy }, include: { pairing: { include: { village: true } } } });
    const seenBy = async (user: Parameters<typeof asCurrentUser>[0]) => (await getEvidenceReport(db, asCurrentUser(user), activity)).warnings[0].matching;
    expect(await seenBy(w.admin)).toMatchObject({ otherUnit: true, activity: { id: own }, photo: { fileName: "活动照片.jpg" } });
    expect(await seenBy(w.liaisonB)).toEqual({ otherUnit: true, activity: null, photo: null });
    expect(await seenBy(w.leader)).toEqual({ otherUnit: true, activity: null, photo: null });
  });
});
