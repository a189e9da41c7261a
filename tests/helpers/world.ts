// A small world for the activity, pledge and indicator tests: two units paired with two villages
// (in one township), a user of every role, three indicators; plus an activity form and files with
// chosen bytes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/server/db-client";
import { makeIndicator, makePairing, makeTownship, makeUnit, makeUser, makeVillage } from "./factories";
import { createTestDb } from "./test-db";

export async function makeWorld(db: Db) {
  const township = await makeTownship(db);
  const [unitA, unitB] = [await makeUnit(db), await makeUnit(db)];
  const [villageA, villageB] = [await makeVillage(db, township.id), await makeVillage(db, township.id)];
  const pairingA = await makePairing(db, unitA.id, villageA.id);
  const pairingB = await makePairing(db, unitB.id, villageB.id);
  return {
    township,
    unitA,
    unitB,
    villageA,
    villageB,
    pairingA,
    pairingB,
    admin: await makeUser(db, "ADMIN"),
    leader: await makeUser(db, "LEADER"),
    liaisonA: await makeUser(db, "LIAISON", { unitId: unitA.id }),
    liaisonB: await makeUser(db, "LIAISON", { unitId: unitB.id }),
    villagerA: await makeUser(db, "VILLAGE", { villageId: villageA.id }),
    villagerB: await makeUser(db, "VILLAGE", { villageId: villageB.id }),
    count: await makeIndicator(db),
    money: await makeIndicator(db, { isMoney: true }),
    retired: await makeIndicator(db, { active: false }),
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The form fields of a valid activity for `pairingId`. */
export function activityForm(pairingId: number, extra: Record<string, unknown> = {}) {
  return {
    pairingId: String(pairingId),
    area: "MASS_SERVICE",
    date: "2011-04-20",
    title: "走访慰问困难党员",
    place: "村委会",
    description: "为困难党员送去米面油。",
    unitParticipants: "8",
    villageParticipants: "15",
    ...extra,
  };
}

/** A fresh upload folder for this test file; set before the app first reads its environment. */
export function tempUploadDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "gongjian-uploads-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
}

// Real file headers, so detection from the bytes has something true to find.
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")]);

export const fileOf = {
  png: (name = "照片.png") => new File([PNG_1X1], name, { type: "image/png" }),
  pdf: (name = "会议记录.pdf") => new File([PDF], name, { type: "application/pdf" }),
  /** Not an image at all, though its name and its claimed type say so. */
  exeNamedJpg: (name = "合影.jpg") => new File([EXE], name, { type: "image/jpeg" }),
  text: (name = "说明.png") => new File(["只是一段文字"], name, { type: "image/png" }),
  big: (name = "大图.png") => new File([PNG_1X1, Buffer.alloc(10 * 1024 * 1024)], name, { type: "image/png" }),
};

/** A fresh test database with a world in it: `beforeAll(async () => ({ db, w } = await createWorldDb()))`. */
export async function createWorldDb() {
  const db = await createTestDb();
  return { db, w: await makeWorld(db) };
}

/** createWorldDb for tests that store files: uploads go to a temporary folder that closeWorldDb removes. */
export async function createWorldDbWithUploads() {
  const uploads = tempUploadDir();
  return { ...(await createWorldDb()), uploads };
}

export async function closeWorldDb(db: Db, uploads?: string) {
  await db.$disconnect();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
}
