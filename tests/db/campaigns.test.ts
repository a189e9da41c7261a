// Campaigns on a real database: the organization department creates and edits them (audited, zod,
// versioned) and nobody else may; a unit and a village may be paired again in a later round but
// only once at a time in one campaign; a pairing goes into the chosen or the current campaign; and
// the dashboard's figures (and a bulletin's) differ per campaign, each equal to its own records.
// Region scope of campaigns is in campaigns-region.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/sqlite/enums";
import type { Db } from "@/server/db-client";
import { chosenCampaign, currentCampaign } from "@/features/campaigns/queries";
import { createCampaignAction, updateCampaignAction } from "@/features/campaigns/mutations";
import { headline } from "@/features/dashboard/queries/headline";
import { outcomeTable } from "@/features/dashboard/queries/outcomes";
import { indicatorSources } from "@/features/dashboard/queries/sources/activity-sources";
import { parseContent } from "@/features/bulletins/content";
import { generateBulletinAction } from "@/features/bulletins/mutations";
import { createPairingAction, reopenPairingAction, endPairingAction } from "@/features/pairings/mutations";
import { filterFor } from "../helpers/dashboard-filter";
import { createTestDb } from "../helpers/test-db";
import { day, makeActivity, makeCampaign, makeIndicator, makePairing, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
let first: Awaited<ReturnType<typeof makeCampaign>>;
let second: Awaited<ReturnType<typeof makeCampaign>>;
beforeAll(async () => {
  db = await createTestDb();
  admin = await makeUser(db, "ADMIN");
  first = await makeCampaign(db, { name: "百局联百村", start: "2010-06-01", end: "2011-08-31", surveyPeriod: "2011-07" });
  second = await makeCampaign(db, { name: "百局联百村 第二轮", start: "2011-09-01", end: "2012-08-31" });
});
afterAll(async () => db.$disconnect());

const FORBIDDEN = "您没有权限进行此操作。";

describe("managing campaigns", () => {
  it("lets the organization department create one, with an audit entry", async () => {
    const { id } = await runOk(db, admin, createCampaignAction, { name: "百局联百村 第三轮", startsOn: "2012-09-01", endsOn: "2013-08-31", surveyPeriod: "2013-07" });
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "百局联百村 第三轮", startsOn: day("2012-09-01"), endsOn: day("2013-08-31"), surveyPeriod: "2013-07", version: 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "campaign.create", entityId: String(id) } });
    expect(entry.userId).toBe(admin.id);
  });

  it("refuses a last day before the first, a malformed survey month and a blank name, beside the fields", async () => {
    const result = await runAs(db, admin, createCampaignAction, { name: " ", startsOn: "2012-09-01", endsOn: "2012-08-31", surveyPeriod: "2013-13" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String), endsOn: "结束日期不能早于开始日期。", surveyPeriod: "请按 YYYY-MM 填写月份。" } });
  });

  it("edits name and days over the version the form was opened on, and audits before and after", async () => {
    const c = await makeCampaign(db, { name: "旧名" });
    await runOk(db, admin, updateCampaignAction, { id: c.id, version: 1, name: "新名", startsOn: "2012-10-01", endsOn: "2013-06-30", surveyPeriod: "" });
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ name: "新名", startsOn: day("2012-10-01"), surveyPeriod: null, version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "campaign.update", entityId: String(c.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "旧名" });
    // A second save from the same, now stale, form is refused rather than overwriting the first.
    const stale = await runAs(db, admin, updateCampaignAction, { id: c.id, version: 1, name: "又一名", startsOn: "2012-10-01", endsOn: "2013-06-30" });
    expect(stale.ok).toBe(false);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).name).toBe("新名");
  });

  it("is refused to every other role, and an unknown campaign is not found", async () => {
    for (const role of ["LEADER", "LIAISON", "VILLAGE", "SYSADMIN", "SECADMIN", "AUDITOR"] as Role[]) {
      const user = await makeUser(db, role);
      expect(await runAs(db, user, createCampaignAction, { name: "越权", startsOn: "2012-09-01", endsOn: "2013-08-31" }), role).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, updateCampaignAction, { id: first.id, name: "越权", startsOn: "2010-06-01", endsOn: "2011-08-31" }), role).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await db.campaign.count({ where: { name: "越权" } })).toBe(0);
    expect((await runAs(db, admin, updateCampaignAction, { id: 999_999, name: "无", startsOn: "2010-06-01", endsOn: "2011-08-31" })).ok).toBe(false);
  });
});

describe("pairings per campaign", () => {
  it("pairs the same unit and village again in a later round, but refuses a second active pairing in one campaign", async () => {
    const unit = await makeUnit(db, { name: "市农业局丙" });
    const village = await makeVillage(db, undefined, "满天红村丙");
    await runOk(db, admin, createPairingAction, { campaignId: first.id, unitId: unit.id, villageId: village.id, startDate: "2010-06-01" });
    await runOk(db, admin, createPairingAction, { campaignId: second.id, unitId: unit.id, villageId: village.id, startDate: "2011-09-01" });
    const again = await runAs(db, admin, createPairingAction, { campaignId: second.id, unitId: unit.id, villageId: village.id, startDate: "2011-10-01" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { villageId: "市农业局丙与满天红村丙在“百局联百村 第二轮”中已有正在共建的结对，不能重复建立。" } });
    expect(await db.pairing.count({ where: { unitId: unit.id, villageId: village.id } })).toBe(2);
    // The database itself refuses a second active row in one campaign.
    await expect(makePairing(db, unit.id, village.id, day("2011-10-01"), second.id)).rejects.toThrow();
  });

  it("reopens an ended pairing when its campaign has no other active one, whatever other rounds hold", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    const old = await makePairing(db, unit.id, village.id, day("2010-06-01"), first.id);
    await makePairing(db, unit.id, village.id, day("2011-09-01"), second.id);
    await runOk(db, admin, endPairingAction, { id: old.id, endDate: "2011-08-31" });
    expect((await runAs(db, admin, reopenPairingAction, { id: old.id })).ok).toBe(true);
  });

  it("puts a pairing whose form names no campaign into the current one: the latest that has started", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    const { id } = await runOk(db, admin, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2011-09-01" });
    const current = await currentCampaign(db, admin, "2026-11-28");
    expect((await db.pairing.findUniqueOrThrow({ where: { id } })).campaignId).toBe(current!.id);
    expect((await currentCampaign(db, admin, "2011-03-01"))!.id).toBe(first.id);
    expect((await currentCampaign(db, admin, "2009-01-01"))!.id).toBe(first.id); // none started yet: the first to come
    expect(await chosenCampaign(db, admin, { campaign: String(second.id) }, "2011-03-01")).toEqual({ campaign: expect.objectContaining({ id: second.id }), all: false });
    expect(await chosenCampaign(db, admin, { campaign: "all" }, "2011-03-01", true)).toEqual({ campaign: null, all: true });
    expect((await chosenCampaign(db, admin, { campaign: "999999" }, "2011-03-01")).campaign!.id).toBe(first.id);
  });
});

describe("the dashboard per campaign", () => {
  it("shows each campaign's own figures, every one equal to its records, and all campaigns their sum", async () => {
    const indicator = await makeIndicator(db, { labelZh: "转移农村劳动力（测试）" });
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    const a = await makePairing(db, unit.id, village.id, day("2010-06-01"), first.id);
    const b = await makePairing(db, unit.id, village.id, day("2011-09-01"), second.id);
    await makeActivity(db, { pairingId: a.id, status: "VERIFIED", day: "2011-03-15", values: { [indicator.id]: 30 } });
    await makeActivity(db, { pairingId: a.id, status: "VERIFIED", day: "2011-04-15", values: { [indicator.id]: 12 } });
    await makeActivity(db, { pairingId: b.id, status: "VERIFIED", day: "2011-10-15", values: { [indicator.id]: 5 } });
    const period = { from: "2010-06-01", to: "2012-08-31" };
    const base = filterFor({ role: "LEADER" }, period);
    const totals: number[] = [];
    for (const campaignId of [first.id, second.id, undefined]) {
      const filter = { ...base, campaignId };
      const row = (await outcomeTable(db, filter)).groups.flatMap((g) => g.indicators).find((i) => i.code === indicator.code)!;
      const sources = await indicatorSources(db, filter, indicator.code, { page: 1 });
      expect(sources!.rows.reduce((sum, r) => sum + r.value, 0)).toBe(row.total);
      totals.push(row.total);
    }
    expect(totals).toEqual([42, 5, 47]);
    expect((await headline(db, { ...base, campaignId: second.id })).pairingsInEffect).toBeGreaterThanOrEqual(1);
    expect((await headline(db, { ...base, campaignId: second.id })).verified).toBe(1);

    // A bulletin of one campaign counts that campaign's work only; it must name one.
    const bulletin = async (campaignId: number) => {
      const { id } = await runOk(db, admin, generateBulletinAction, { from: "2011-09-01", to: "2011-12-31", campaignId });
      return parseContent((await db.bulletin.findUniqueOrThrow({ where: { id } })).content).figures.verified;
    };
    expect([await bulletin(first.id), await bulletin(second.id)]).toEqual([0, 1]);
    expect(await runAs(db, admin, generateBulletinAction, { from: "2011-09-01", to: "2011-12-31" })).toMatchObject({ ok: false, fieldErrors: { campaignId: "请从列表中选择。" } });
    expect((await runAs(db, admin, generateBulletinAction, { from: "2011-09-01", to: "2011-12-31", campaignId: 999_999 })).ok).toBe(false);
  });
});
