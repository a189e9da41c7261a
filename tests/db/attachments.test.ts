// Attachments: type judged from the bytes (a file whose name lies is refused, or stored as what it
// really is), size and count limits, random names outside the public folder, removal on edit,
// and reading only within the reader's scope.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createActivityAction, deleteActivityAction, updateActivityAction } from "@/features/activities/mutations-recording";
import type { AttachmentOwner } from "@/features/attachments";
import { contentDisposition } from "@/features/attachments/content-disposition";
import { findReadableAttachment } from "@/features/attachments/queries";
import { readStored } from "@/features/attachments/storage";

import { asCurrentUser, makeInspection, makePledge, runAs, runOk } from "../helpers/factories";
import { activityForm, closeWorldDb, createWorldDbWithUploads, fileOf, type World } from "../helpers/world";

let db: Db;
let w: World;
let uploads: string;
beforeAll(async () => ({ db, w, uploads } = await createWorldDbWithUploads()));
afterAll(() => closeWorldDb(db, uploads));


function filesOnDisk(): string[] {
  if (!existsSync(uploads)) return [];
  return readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

async function record(files: File[], extra: Record<string, unknown> = {}) {
  return runAs(db, w.liaisonA, createActivityAction, { ...activityForm(w.pairingA.id, extra), files });
}

describe("uploading", () => {
  it("stores photos and documents under random names, keeping the original names and the detected types", async () => {
    const result = await record([fileOf.png("合影.png"), fileOf.pdf("会议记录.pdf")]);
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: number } }).data.id;
    const attachments = await db.attachment.findMany({ where: { activityId: id }, orderBy: { id: "asc" } });
    expect(attachments.map((a) => [a.fileName, a.mimeType, a.uploadedById])).toEqual([
      ["合影.png", "image/png", w.liaisonA.id],
      ["会议记录.pdf", "application/pdf", w.liaisonA.id],
    ]);
    for (const a of attachments) {
      expect(a.storageKey).toMatch(/^\d{4}-\d{2}\/[0-9a-f-]{36}\.(png|pdf)$/);
      expect(existsSync(path.join(uploads, a.storageKey))).toBe(true);
      expect((await readStored(a.storageKey))?.byteLength).toBe(a.size);
    }
    expect(path.resolve(uploads)).not.toContain(`${path.sep}public${path.sep}`);
  });

  it("refuses a program whose name and claimed type say JPEG, and writes nothing", async () => {
    const before = { rows: await db.activity.count(), files: filesOnDisk().length };
    const result = await record([fileOf.png(), fileOf.exeNamedJpg("合影.jpg")]);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { files: "文件“合影.jpg”不是 jpg、png、webp 照片或 pdf 文档（按文件内容识别）。" },
    });
    expect(await db.activity.count()).toBe(before.rows);
    expect(filesOnDisk().length).toBe(before.files);
  });

  it("refuses plain text named .png", async () => {
    expect(await record([fileOf.text()])).toMatchObject({ ok: false, fieldErrors: { files: expect.stringContaining("说明.png") } });
  });

  it("stores a real PNG named .pdf as the PNG it is", async () => {
    const result = await record([fileOf.png("扫描件.pdf")]);
    const id = (result as { data: { id: number } }).data.id;
    const [attachment] = await db.attachment.findMany({ where: { activityId: id } });
    expect(attachment).toMatchObject({ fileName: "扫描件.pdf", mimeType: "image/png" });
    expect(attachment.storageKey.endsWith(".png")).toBe(true);
  });

  it("refuses a file over 10 MB", async () => {
    expect(await record([fileOf.big()])).toMatchObject({ ok: false, fieldErrors: { files: "文件“大图.png”超过 10 MB，请先压缩。" } });
  });

  it("allows nine files and no more, counting the ones the activity keeps", async () => {
    expect(await record(Array.from({ length: 10 }, (_, i) => fileOf.png(`${i}.png`)))).toMatchObject({
      ok: false,
      fieldErrors: { files: "最多只能保留 9 个文件。" },
    });
    const nine = await record(Array.from({ length: 9 }, (_, i) => fileOf.png(`${i}.png`)));
    const id = (nine as { data: { id: number } }).data.id;
    const edit = await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id), id, files: [fileOf.pdf()] });
    expect(edit).toMatchObject({ ok: false, fieldErrors: { files: "最多只能保留 9 个文件。" } });
    const [first] = await db.attachment.findMany({ where: { activityId: id }, orderBy: { id: "asc" } });
    const swap = await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id), id, files: [fileOf.pdf()], removeAttachment: [String(first.id)] });
    expect(swap).toMatchObject({ ok: true });
    expect(await db.attachment.count({ where: { activityId: id } })).toBe(9);
    expect(existsSync(path.join(uploads, first.storageKey))).toBe(false);
  });

  it("ignores an empty file input, however its empty file is named", async () => {
    for (const name of ["", "undefined"]) {
      const result = await record([new File([], name, { type: "application/octet-stream" })]);
      expect(result.ok).toBe(true);
    }
  });

  it("removes a deleted draft's files from disk", async () => {
    const result = await record([fileOf.png()]);
    const id = (result as { data: { id: number } }).data.id;
    const [attachment] = await db.attachment.findMany({ where: { activityId: id } });
    await runOk(db, w.liaisonA, deleteActivityAction, { id });
    expect(existsSync(path.join(uploads, attachment.storageKey))).toBe(false);
  });
});

describe("the write lock", () => {
  it("is not held while an upload is read and stored: another save goes through meanwhile", async () => {
    // A photo that takes 600 ms to arrive, as from a phone on a weak signal.
    const slowPhoto = fileOf.png("慢照片.png");
    const bytes = await slowPhoto.arrayBuffer();
    const slow = Object.assign(slowPhoto, { arrayBuffer: () => new Promise<ArrayBuffer>((resolve) => setTimeout(() => resolve(bytes), 600)) });

    const finished: string[] = [];
    const upload = record([slow]).then((result) => finished.push(`upload:${result.ok}`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const other = runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { title: "同时保存的活动" })).then((result) =>
      finished.push(`other:${result.ok}`),
    );
    await Promise.all([upload, other]);
    expect(finished).toEqual(["other:true", "upload:true"]);
  });
});

describe("reading", () => {
  it("serves an attachment only to readers who may see its activity", async () => {
    const draft = await record([fileOf.png()]);
    const id = (draft as { data: { id: number } }).data.id;
    const [attachment] = await db.attachment.findMany({ where: { activityId: id } });
    const can = async (u: Parameters<typeof asCurrentUser>[0]) => (await findReadableAttachment(db, asCurrentUser(u), attachment.id)) !== null;
    expect(await can(w.liaisonA)).toBe(true);
    expect(await can(w.liaisonB)).toBe(false);
    // A draft is the unit's own business until it is submitted: not the village's, nor the organization department's.
    expect(await can(w.villagerA)).toBe(false);
    expect(await can(w.admin)).toBe(false);
    await db.$transaction((tx) => tx.activity.update({ where: { id }, data: { status: "SUBMITTED" } }));
    expect(await can(w.admin)).toBe(true);
    expect(await can(w.villagerA)).toBe(true);
    expect(await can(w.leader)).toBe(true);
    expect(await can(w.villagerB)).toBe(false);
  });

  it("serves a pledge's or a rectification's evidence to the readers of its pairing only", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    const inspection = await makeInspection(db, [w.pairingA.id]);
    const evidence = (owner: AttachmentOwner, key: string) =>
      db.$transaction((tx) =>
        tx.attachment.create({ data: { ...owner, fileName: "证明.pdf", mimeType: "application/pdf", size: 10, storageKey: `2011-06/${key}.pdf` } }),
      );
    for (const attachment of [
      await evidence({ pledgeId: pledge.id }, "00000000-0000-4000-8000-000000000001"),
      await evidence({ rectificationId: inspection.rectifications[0].id }, "00000000-0000-4000-8000-000000000002"),
    ]) {
      const can = async (u: Parameters<typeof asCurrentUser>[0]) => (await findReadableAttachment(db, asCurrentUser(u), attachment.id)) !== null;
      expect([await can(w.liaisonA), await can(w.villagerA), await can(w.admin), await can(w.leader)]).toEqual([true, true, true, true]);
      expect([await can(w.liaisonB), await can(w.villagerB)]).toEqual([false, false]);
    }
  });

  it("refuses storage keys that could leave the upload folder", async () => {
    expect(await readStored("../../etc/passwd")).toBeNull();
  });

  it("names the download in RFC 5987 form so Chinese names survive", () => {
    expect(contentDisposition("会议记录 (1).pdf", "attachment")).toBe(
      `attachment; filename="____ (1).pdf"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95%20%281%29.pdf`,
    );
  });
});
