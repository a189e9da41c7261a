// Builders for the activity, pledge and indicator tests: a small world of two units paired with
// two villages and one user per role, plus rows in any state and files with chosen bytes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/server/db-client";
import { makePairing, makeTownship, makeUnit, makeUser, makeVillage } from "./factories";

let counter = 0;
const next = () => ++counter;

export const day = (d: string) => new Date(`${d}T00:00:00+08:00`);

export async function makeIndicator(db: Db, data: Partial<{ code: string; isMoney: boolean; active: boolean; labelZh: string }> = {}) {
  const n = next();
  return db.indicator.create({
    data: {
      code: data.code ?? `test_indicator_${n}`,
      labelZh: data.labelZh ?? `测试指标${n}`,
      labelEn: `Test indicator ${n}`,
      unitZh: data.isMoney ? "元" : "项",
      unitEn: data.isMoney ? "yuan" : "items",
      group: "ORGANIZATION",
      isMoney: data.isMoney ?? false,
      active: data.active ?? true,
      sortOrder: n,
    },
  });
}

/** Two units, each paired with its own village (in one township), and a user of every role. */
export async function makeWorld(db: Db) {
  const township = await makeTownship(db);
  const [unitA, unitB] = [await makeUnit(db), await makeUnit(db)];
  const [villageA, villageB] = [await makeVillage(db, township.id), await makeVillage(db, township.id)];
  const pairingA = await makePairing(db, unitA.id, villageA.id, day("2010-06-01"));
  const pairingB = await makePairing(db, unitB.id, villageB.id, day("2010-06-01"));
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

type ActivityStatus = "DRAFT" | "SUBMITTED" | "VERIFIED" | "RETURNED";

/** An activity row written directly (no rollup): for states the test does not walk through. */
export async function makeActivity(
  db: Db,
  pairingId: number,
  data: Partial<{ status: ActivityStatus; date: Date; title: string; recordedById: number; values: { indicatorId: number; value: number }[] }> = {},
) {
  const status = data.status ?? "DRAFT";
  return db.activity.create({
    data: {
      pairingId,
      area: "ORG_LIFE",
      date: data.date ?? day("2011-03-15"),
      title: data.title ?? `测试活动${next()}`,
      status,
      returnReason: status === "RETURNED" ? "请补充照片" : null,
      submittedAt: status === "DRAFT" ? null : new Date(),
      recordedById: data.recordedById ?? null,
      values: { create: data.values ?? [] },
    },
  });
}

export async function makePledge(
  db: Db,
  pairingId: number,
  data: Partial<{ status: "PROMISED" | "IN_PROGRESS" | "FULFILLED"; dueDate: Date; confirmation: "PENDING" | "CONFIRMED" | "DISPUTED" }> = {},
) {
  const status = data.status ?? "PROMISED";
  return db.pledge.create({
    data: {
      pairingId,
      pledgerName: "李明",
      content: `测试承诺${next()}`,
      dueDate: data.dueDate ?? day("2011-06-30"),
      status,
      fulfilledAt: status === "FULFILLED" ? day("2011-06-01") : null,
      evidence: status === "FULFILLED" ? "已完成" : null,
      confirmation: data.confirmation ?? "PENDING",
    },
  });
}

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

/** A fresh upload folder for this test file (the app reads UPLOAD_DIR at each use). */
export function useTempUploadDir() {
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
