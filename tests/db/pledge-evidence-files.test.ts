// 践诺 evidence carries photos and files like an activity: stored with the pledge, checked by their
// bytes with the same limits, readable by whoever reads the pledge, and refused to another unit.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { findReadableAttachment } from "@/features/attachments/queries";
import { fulfilPledgeAction } from "@/features/pledges/mutations";
import { getLedger } from "@/features/pairings/ledger";
import { asCurrentUser, makePledge, runAs } from "../helpers/factories";
import { closeWorldDb, createWorldDbWithUploads, fileOf, type World } from "../helpers/world";

let db: Db;
let w: World;
let uploads: string;
beforeAll(async () => ({ db, w, uploads } = await createWorldDbWithUploads()));
afterAll(() => closeWorldDb(db, uploads));

const NOT_FOUND = "记录不存在，或您无权查看。";
const filesOnDisk = () => readdirSync(uploads, { recursive: true }).length;
const fulfil = (id: number, files: File[]) => ({ id: String(id), fulfilledAt: "2011-06-20", evidence: "已为村小学捐赠图书 300 册。", files });

describe("a pledge's fulfilment evidence files", () => {
  it("stores the photo and the document with the pledge, in the audit's transaction, for its readers", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS" });
    const result = await runAs(db, w.liaisonA, fulfilPledgeAction, fulfil(pledge.id, [fileOf.png("捐书合影.png"), fileOf.pdf("签收单.pdf")]));
    expect(result).toMatchObject({ ok: true });
    const files = await db.attachment.findMany({ where: { pledgeId: pledge.id }, orderBy: { id: "asc" } });
    expect(files.map((f) => [f.fileName, f.mimeType, f.uploadedById])).toEqual([
      ["捐书合影.png", "image/png", w.liaisonA.id],
      ["签收单.pdf", "application/pdf", w.liaisonA.id],
    ]);
    expect(await db.auditEntry.count({ where: { action: "pledge.fulfil", entityId: String(pledge.id) } })).toBe(1);
    // The pledge's readers reach the file; another unit's liaison does not.
    expect(await findReadableAttachment(db, asCurrentUser(w.villagerA), files[0].id)).not.toBeNull();
    expect(await findReadableAttachment(db, asCurrentUser(w.liaisonB), files[0].id)).toBeNull();
    // The ledger counts them beside the pledge.
    const ledger = await getLedger(db, asCurrentUser(w.admin), w.pairingA.id);
    const entry = ledger?.entries.find((e) => e.kind === "pledge" && e.pledge.id === pledge.id);
    expect(entry?.kind === "pledge" && entry.pledge._count.attachments).toBe(2);
  });

  it("refuses a program named like a photo, and neither fulfils the pledge nor keeps a file", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS" });
    const before = filesOnDisk();
    const result = await runAs(db, w.liaisonA, fulfilPledgeAction, fulfil(pledge.id, [fileOf.png(), fileOf.exeNamedJpg("合影.jpg")]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: "文件“合影.jpg”不是 jpg、png、webp 照片或 pdf 文档（按文件内容识别）。" } });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ status: "IN_PROGRESS", evidence: null });
    expect(filesOnDisk()).toBe(before);
  });

  it("refuses another unit's liaison as not found, and removes the files it had written", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS" });
    const before = filesOnDisk();
    expect(await runAs(db, w.liaisonB, fulfilPledgeAction, fulfil(pledge.id, [fileOf.png()]))).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await db.attachment.count({ where: { pledgeId: pledge.id } })).toBe(0);
    expect(filesOnDisk()).toBe(before);
  });
});
