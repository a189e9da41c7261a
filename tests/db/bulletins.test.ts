// 简报通报: one-click generation from the dashboard's queries, editing a draft, publishing with
// numbers 第1期, 第2期, who reads what, and the Word file (unzipped; rendered to PDF by LibreOffice
// when the machine has it).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headline } from "@/features/dashboard/queries/headline";
import { parseContent } from "@/features/bulletins/content";
import { bulletinDocument } from "@/features/bulletins/document";
import { bulletinDocx } from "@/features/bulletins/docx";
import { deleteBulletinAction, generateBulletinAction, publishBulletinAction, updateBulletinAction } from "@/features/bulletins/mutations";
import { getBulletin, listBulletins } from "@/features/bulletins/queries";
import { checkUploads, storeUploads } from "@/features/attachments/storage";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "@/server/db-client";
import { asCurrentUser, makeActivity, makeInspection, makePledge, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";
import { photoFile, takePhoto } from "../helpers/photos";
import { createWorldDb, tempUploadDir, type World } from "../helpers/world";

let db: Db;
let w: World;
let photoId: number;
const FORBIDDEN = "您没有权限进行此操作。";
const PERIOD = { from: "2011-01-01", to: "2011-08-31" };
/** The world's campaign (铁力市's): a bulletin reports on one. */
const inCampaign = (input: Record<string, unknown>) => ({ campaignId: String(w.pairingA.campaignId), ...input });
const zh = (key: string, params?: Record<string, string | number>) => translatorFor("zh-CN")(`bulletins.${key}`, params);

beforeAll(async () => {
  tempUploadDir();
  ({ db, w } = await createWorldDb());
  await db.$transaction((tx) => tx.unit.update({ where: { id: w.unitA.id }, data: { name: "市农业局" } }));
  await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", area: "ORG_LIFE", day: "2011-07-01", title: "支部共过组织生活" });
  const shown = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", area: "MASS_SERVICE", day: "2011-08-10", title: "送技术下乡", confirmation: "CONFIRMED" });
  const [stored] = await storeUploads(await checkUploads([photoFile(await takePhoto({ scene: 3 }))]));
  const attachment = await db.$transaction((tx) => tx.attachment.create({ data: { activityId: shown.id, fileName: stored.fileName, mimeType: stored.mimeType, size: stored.size, storageKey: stored.storageKey, thumbKey: stored.thumbKey, phoneKey: stored.phoneKey } }));
  photoId = attachment.id;
  await makePledge(db, { pairingId: w.pairingA.id, status: "PROMISED", due: "2011-05-31" });
  await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED", due: "2011-06-30" });
  await makeInspection(db, [w.pairingB.id], { rectifications: [{ pairingId: w.pairingB.id, status: "OPEN", due: "2011-05-20" }] });
});
afterAll(async () => db.$disconnect());

async function generate(input: Record<string, unknown> = PERIOD) {
  const { id } = await runOk(db, w.admin, generateBulletinAction, inCampaign(input));
  return db.bulletin.findUniqueOrThrow({ where: { id } });
}

describe("generating a bulletin", () => {
  it("is refused to leaders and liaisons, and nothing is written", async () => {
    for (const who of [w.leader, w.liaisonA]) expect(await runAs(db, who, generateBulletinAction, inCampaign(PERIOD))).toMatchObject({ ok: false, error: FORBIDDEN });
    expect(await db.bulletin.count()).toBe(0);
  });

  it("refuses an end before the start, next to the field", async () => {
    expect(await runAs(db, w.admin, generateBulletinAction, inCampaign({ from: "2011-08-31", to: "2011-01-01" }))).toMatchObject({ ok: false, fieldErrors: { to: "截止日期不能早于起始日期。" } });
    expect(await runAs(db, w.admin, generateBulletinAction, inCampaign({ from: "2011-02-30", to: "2011-03-01" }))).toMatchObject({ ok: false, fieldErrors: { from: "请输入有效的日期。" } });
  });

  it("takes its figures from the dashboard's queries and lists what needs attention", async () => {
    const bulletin = await generate();
    const c = parseContent(bulletin.content);
    const dashboard = await headline(db, { scope: {}, period: PERIOD });
    expect(c.figures).toEqual(dashboard);
    expect(c.figures).toMatchObject({ pairingsInEffect: 2, verified: 2, confirmed: 1, pledges: 2, pledgesFulfilled: 1, openRectifications: 1 });
    expect(c.townships).toEqual([{ name: w.township.name, pairings: 2, active: 1, verified: 2, coverage: 1 }]);
    expect(c.bestUnits).toEqual([{ name: "市农业局", activities: 2, coverage: 2 }]);
    // The other pairing never did anything: from its start (2010-06-01) to the period's end, 456 days.
    expect(c.dormant).toMatchObject({ total: 1, rows: [{ pairingId: w.pairingB.id, daysSince: 456, lastEver: null }] });
    expect(c.overduePledges).toMatchObject({ total: 1, rows: [{ dueDate: "2011-05-31", unitName: "市农业局" }] });
    expect(c.overdueRectifications).toMatchObject({ total: 1, rows: [{ dueDate: "2011-05-20", text: "补齐台帐" }] });
    expect(c.highlights).toMatchObject([{ title: "送技术下乡", date: "2011-08-10", photo: { attachmentId: photoId } }]);
    expect(c.summary).toContain("审核通过共建活动2项，其中经村党支部确认1项");
    expect(c.summary).toContain("兑现率50.00%");
    expect(bulletin).toMatchObject({ status: "DRAFT", number: null, title: "2011年1月1日至8月31日城乡党组织结对共建工作情况通报" });
    expect(await db.auditEntry.count({ where: { action: "bulletin.generate", entityId: String(bulletin.id) } })).toBe(1);
  });

  it("narrows everything to one township when asked", async () => {
    const other = await db.$transaction((tx) => tx.township.create({ data: { name: "空白镇", regionId: TIELI_REGION_ID } }));
    const c = parseContent((await generate({ ...PERIOD, townshipId: String(other.id) })).content);
    expect(c).toMatchObject({ townshipName: "空白镇", figures: { pairingsInEffect: 0, verified: 0 }, townships: [], highlights: [] });
  });
});

describe("editing, publishing and reading", () => {
  const texts = (id: number, extra: Record<string, unknown> = {}) => ({
    id: String(id),
    title: "2011年1至8月结对共建工作通报",
    issuer: "中共铁力市委组织部",
    summary: "今年以来，各结对单位认真开展共建活动。",
    closing: "请各单位抓紧整改。",
    distribution: "报：市委常委",
    ...extra,
  });

  it("edits a draft's texts, refusing an empty opening paragraph; the figures stay", async () => {
    const draft = await generate();
    expect(await runAs(db, w.admin, updateBulletinAction, texts(draft.id, { summary: "" }))).toMatchObject({ ok: false, fieldErrors: { summary: "此项为必填项。" } });
    expect(await runAs(db, w.leader, updateBulletinAction, texts(draft.id))).toMatchObject({ ok: false, error: FORBIDDEN });
    await runOk(db, w.admin, updateBulletinAction, texts(draft.id));
    const after = await db.bulletin.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.title).toBe("2011年1至8月结对共建工作通报");
    expect(parseContent(after.content)).toMatchObject({ summary: "今年以来，各结对单位认真开展共建活动。", issuer: "中共铁力市委组织部", figures: parseContent(draft.content).figures });
  });

  it("numbers bulletins in publishing order, dates them, and then keeps them unchanged", async () => {
    const first = await generate();
    const second = await generate({ from: "2011-07-01", to: "2011-07-31" });
    expect(await runAs(db, w.leader, publishBulletinAction, { id: String(first.id) })).toMatchObject({ ok: false, error: FORBIDDEN });
    expect(await runOk(db, w.admin, publishBulletinAction, { id: String(first.id) })).toEqual({ id: first.id, number: 1 });
    expect(await runOk(db, w.admin, publishBulletinAction, { id: String(second.id) })).toEqual({ id: second.id, number: 2 });
    expect((await db.bulletin.findUniqueOrThrow({ where: { id: first.id } })).publishedAt).not.toBeNull();
    const locked = "这期简报已发布，不能再修改或删除。";
    expect(await runAs(db, w.admin, publishBulletinAction, { id: String(first.id) })).toMatchObject({ ok: false, error: locked });
    expect(await runAs(db, w.admin, updateBulletinAction, texts(first.id))).toMatchObject({ ok: false, error: locked });
    expect(await runAs(db, w.admin, deleteBulletinAction, { id: String(first.id) })).toMatchObject({ ok: false, error: locked });
    expect(await db.bulletin.count({ where: { id: first.id } })).toBe(1);
  });

  it("shows leaders published bulletins only, listed by period; the department sees drafts too", async () => {
    const leader = asCurrentUser(w.leader);
    const admin = asCurrentUser(w.admin);
    const forLeader = await listBulletins(db, leader, { page: 1 });
    expect(forLeader.rows.map((r) => r.number)).toEqual([2, 1]); // July 2011 starts later than January
    expect(forLeader.total).toBe(2);
    expect((await listBulletins(db, admin, { page: 1 })).total).toBeGreaterThan(2);
    const draft = await db.bulletin.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(await getBulletin(db, leader, draft.id)).toBeNull();
    expect(await getBulletin(db, admin, draft.id)).not.toBeNull();
    expect((await listBulletins(db, leader, { year: 2010, page: 1 })).total).toBe(0);
  });

  it("deletes a draft after its confirmation, audited", async () => {
    const draft = await generate();
    await runOk(db, w.admin, deleteBulletinAction, { id: String(draft.id) });
    expect(await db.bulletin.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "bulletin.delete", entityId: String(draft.id) } })).toBe(1);
  });
});

describe("the Word file", () => {
  it("holds the masthead, number, texts, tables and the photo, and LibreOffice renders it", { timeout: 180_000 }, async () => {
    const edited = await db.bulletin.findFirstOrThrow({ where: { title: "2011年1至8月结对共建工作通报" } });
    await runOk(db, w.admin, publishBulletinAction, { id: String(edited.id) });
    const published = await db.bulletin.findUniqueOrThrow({ where: { id: edited.id } });
    const bytes = await bulletinDocx(bulletinDocument(published, zh));
    const dir = mkdtempSync(path.join(tmpdir(), "bulletin-docx-"));
    const file = path.join(dir, "bulletin.docx");
    writeFileSync(file, bytes);
    const xml = execFileSync("unzip", ["-p", file, "word/document.xml"]).toString("utf8");
    const text = xml.replace(/<[^>]+>/g, "");
    for (const expected of ["城乡党组织结对共建工作简报", "第3期", "中共铁力市委组织部", "2011年1至8月结对共建工作通报", "今年以来，各结对单位认真开展共建活动。", "一、主要数据", "审核通过的共建活动", "市农业局", "补齐台帐", "送技术下乡", "报：市委常委"]) {
      expect(text).toContain(expected);
    }
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(5);
    const media = execFileSync("unzip", ["-Z1", file]).toString("utf8").split("\n").filter((n) => n.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect(execFileSync("unzip", ["-p", file, media[0]]).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // a JPEG: Word reads no WebP

    // Rendered the way a reader's office suite would open it, where the machine has LibreOffice.
    if (existsSync("/usr/bin/soffice")) {
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 150_000 });
      const pdf = readFileSync(path.join(dir, "bulletin.pdf"));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(readdirSync(dir)).toContain("bulletin.pdf");
      // The photo made it into the rendering: an image object in the PDF.
      expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
    }
  });
});
