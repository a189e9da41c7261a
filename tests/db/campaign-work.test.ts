// The per-campaign remainder of issue 16: the annual assessment and the bulletins belong to a
// campaign. Two counties under one prefecture, each with its own campaign: a county assesses,
// freezes and reports on its own campaign only (the other county's year stays open, its records are
// never counted), numbers its bulletins 第N期 among its own, and the prefecture reads both without
// writing either. What lies outside is "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ASSESSMENT_SETTINGS, settingsToRow } from "@/domain/assessment";
import { adjustScoreAction, freezeYearAction, updateAssessmentSettingsAction } from "@/features/assessments/mutations";
import { assessmentContext } from "@/features/assessments/page-context";
import { computeResults, loadAssessmentSettings, loadYearView } from "@/features/assessments/results";
import { parseContent } from "@/features/bulletins/content";
import { generateBulletinAction, publishBulletinAction, updateBulletinAction } from "@/features/bulletins/mutations";
import { getBulletin, listBulletins } from "@/features/bulletins/queries";
import { activityCampaign, activityListQuery, listActivities } from "@/features/activities/queries";
import { LIST_EXPORTS } from "@/features/exports/lists";
import { assignContactPointAction, createVisitAction } from "@/features/supervision/mutations-visits";
import { contactPointChoices, leaderAccounts, leaderNames } from "@/features/supervision/queries-visits";
import type { Db } from "@/server/db-client";
import { asCurrentUser, makeActivity, makeCampaign, makePairing, makeRegion, makeTownship, makeUnit, makeUser, makeVillage, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";
import { createTestDb } from "../helpers/test-db";

const NOT_FOUND = "记录不存在，或您无权查看。";

let db: Db;
type Admin = Awaited<ReturnType<typeof makeUser>>;
let tieli: Admin;
let jiayin: Admin;
let yichun: Admin;
let leader: Admin;
let tieliCampaign: number;
let jiayinCampaign: number;
let ids: Record<"tieliUnit" | "jiayinUnit" | "tieliTownship" | "jiayinPairing" | "jiayinLeader", number>;

beforeAll(async () => {
  db = await createTestDb();
  const county = await db.region.findUniqueOrThrow({ where: { id: TIELI_REGION_ID } });
  const city = await db.region.findUniqueOrThrow({ where: { id: county.parentId! } });
  const jiayinRegion = await makeRegion(db, city, "COUNTY", "嘉荫县");
  tieli = await makeUser(db, "ADMIN");
  leader = await makeUser(db, "LEADER");
  jiayin = await makeUser(db, "ADMIN", { regionId: jiayinRegion.id });
  yichun = await makeUser(db, "ADMIN", { regionId: city.id });
  tieliCampaign = (await makeCampaign(db, { name: "百局联百村", start: "2010-06-01", end: "2011-08-31" })).id;
  jiayinCampaign = (await makeCampaign(db, { name: "嘉荫县城乡结对共建", start: "2011-03-01", end: "2012-02-29", regionId: jiayinRegion.id })).id;

  // 铁力市: two pairings, three verified activities in 2011.
  const tt = await makeTownship(db, "铁力镇");
  const tu = await makeUnit(db, { name: "市农业局" });
  const [tv1, tv2] = [await makeVillage(db, tt.id, "满天红村"), await makeVillage(db, tt.id, "铁力村")];
  const tp1 = await makePairing(db, tu.id, tv1.id, undefined, tieliCampaign);
  await makePairing(db, tu.id, tv2.id, undefined, tieliCampaign);
  for (const day of ["2011-03-01", "2011-04-01", "2011-05-01"]) await makeActivity(db, { pairingId: tp1.id, status: "VERIFIED", area: "ORG_LIFE", day });
  // 嘉荫县: one pairing, one verified activity in 2011; its unit has the same name as 铁力市's.
  const jt = await makeTownship(db, "朝阳镇", jiayinRegion.id);
  const ju = await makeUnit(db, { name: "市农业局", regionId: jiayinRegion.id });
  const jv = await makeVillage(db, jt.id, "胜利村");
  const jp = await makePairing(db, ju.id, jv.id, undefined, jiayinCampaign);
  await makeActivity(db, { pairingId: jp.id, status: "VERIFIED", area: "MASS_SERVICE", day: "2011-06-01" });
  const jiayinLeader = await makeUser(db, "LEADER", { regionId: jiayinRegion.id });
  await db.$transaction((tx) => tx.user.update({ where: { id: leader.id }, data: { displayName: "铁力市领导" } }));
  await db.$transaction((tx) => tx.user.update({ where: { id: jiayinLeader.id }, data: { displayName: "嘉荫县领导" } }));
  ids = { tieliUnit: tu.id, jiayinUnit: ju.id, tieliTownship: tt.id, jiayinPairing: jp.id, jiayinLeader: jiayinLeader.id };
});
afterAll(async () => db.$disconnect());

const year = (campaignId: number, y = 2011) => ({ campaignId: String(campaignId), year: String(y) });

describe("the annual assessment, per campaign", () => {
  it("scores each campaign over its own pairings only", async () => {
    const tieliResults = await computeResults(db, tieliCampaign, 2011, DEFAULT_ASSESSMENT_SETTINGS);
    const jiayinResults = await computeResults(db, jiayinCampaign, 2011, DEFAULT_ASSESSMENT_SETTINGS);
    expect(tieliResults.units.map((u) => [u.id, u.measures.pairings, u.measures.verifiedActivities])).toEqual([[ids.tieliUnit, 2, 3]]);
    expect(tieliResults.villages.map((v) => v.name)).toEqual(["满天红村", "铁力村"]);
    expect(jiayinResults.units.map((u) => [u.id, u.measures.pairings, u.measures.verifiedActivities])).toEqual([[ids.jiayinUnit, 1, 1]]);
    expect(jiayinResults.villages.map((v) => v.name)).toEqual(["胜利村"]);
  });

  it("lets a county freeze its own year while the other county's same year stays open", async () => {
    await runOk(db, jiayin, freezeYearAction, year(jiayinCampaign));
    expect((await loadYearView(db, jiayinCampaign, 2011)).frozen).not.toBeNull();
    expect((await loadYearView(db, tieliCampaign, 2011)).frozen).toBeNull();
    // 铁力市 still adjusts and then freezes its own 2011.
    await runOk(db, tieli, adjustScoreAction, { ...year(tieliCampaign), subject: "unit", id: String(ids.tieliUnit), adjustment: "2", reason: "承办现场会" });
    await runOk(db, tieli, freezeYearAction, year(tieliCampaign));
    expect(await db.assessmentYear.count({ where: { year: 2011 } })).toBe(2);
    expect(await db.assessment.count({ where: { campaignId: jiayinCampaign, measures: { not: null } } })).toBe(2);
    expect(await db.assessment.count({ where: { campaignId: tieliCampaign, measures: { not: null } } })).toBe(3);
  });

  it("refuses another region's campaign as not found — the sibling county's and the prefecture's alike — and writes nothing", async () => {
    const before = { years: await db.assessmentYear.count(), rows: await db.assessment.count(), settings: await db.assessmentSettings.count() };
    for (const who of [jiayin, yichun]) {
      expect(await runAs(db, who, freezeYearAction, year(tieliCampaign, 2010))).toMatchObject({ ok: false, error: NOT_FOUND });
      expect(await runAs(db, who, adjustScoreAction, { ...year(tieliCampaign, 2010), subject: "unit", id: String(ids.tieliUnit), adjustment: "1", reason: "越权" })).toMatchObject({
        ok: false,
        error: NOT_FOUND,
      });
      expect(await runAs(db, who, updateAssessmentSettingsAction, { campaignId: String(tieliCampaign), ...settingsToRow(DEFAULT_ASSESSMENT_SETTINGS) })).toMatchObject({ ok: false, error: NOT_FOUND });
    }
    // A unit of its own region is still refused in another's campaign: the unit is not paired in it.
    expect(await runAs(db, jiayin, adjustScoreAction, { ...year(jiayinCampaign, 2012), subject: "unit", id: String(ids.tieliUnit), adjustment: "1", reason: "越权" })).toMatchObject({
      ok: false,
      error: NOT_FOUND,
    });
    expect({ years: await db.assessmentYear.count(), rows: await db.assessment.count(), settings: await db.assessmentSettings.count() }).toEqual(before);
  });

  it("keeps settings per campaign", async () => {
    const row = settingsToRow(DEFAULT_ASSESSMENT_SETTINGS);
    await runOk(db, jiayin, updateAssessmentSettingsAction, { campaignId: String(jiayinCampaign), ...row, activitiesPerPairing: "4" });
    expect((await loadAssessmentSettings(db, jiayinCampaign)).activitiesPerPairing).toBe(4);
    expect(await loadAssessmentSettings(db, tieliCampaign)).toEqual(DEFAULT_ASSESSMENT_SETTINGS);
  });

  it("shows the prefecture both counties' campaigns to read, neither to change; a county only its own", async () => {
    const prefecture = await assessmentContext(db, asCurrentUser(yichun), { campaign: String(tieliCampaign) });
    expect(prefecture).toMatchObject({ campaign: { id: tieliCampaign }, year: 2011, years: [2011, 2010], writable: false });
    expect(prefecture!.campaigns.map((c) => c.name).sort()).toEqual(["嘉荫县城乡结对共建", "百局联百村"].sort());
    // 嘉荫县 naming 铁力市's campaign gets its own instead.
    const county = await assessmentContext(db, asCurrentUser(jiayin), { campaign: String(tieliCampaign) });
    expect(county).toMatchObject({ campaign: { id: jiayinCampaign }, writable: true });
    expect(county!.campaigns.map((c) => c.id)).toEqual([jiayinCampaign]);
    expect(await assessmentContext(db, asCurrentUser(leader), {})).toMatchObject({ campaign: { id: tieliCampaign }, writable: false });
  });
});

describe("the activity list, per campaign", () => {
  // The list as its page reads it: the URL's filters, then the campaign (default: the current one).
  const listed = async (who: Admin, params: Record<string, string>) => {
    const user = asCurrentUser(who);
    const query = { ...activityListQuery(params), campaignId: (await activityCampaign(db, user, params)).campaignId };
    return (await listActivities(db, user, { ...query, size: 100 })).rows.map((a) => a.pairing.village.name).sort();
  };
  const exported = async (who: Admin, params: Record<string, string>) => {
    const sheet = (await LIST_EXPORTS.activities.sheet(db, asCurrentUser(who), params)) as unknown as { rows: AsyncIterable<{ pairing: { village: { name: string } } }[]> };
    const names: string[] = [];
    for await (const batch of sheet.rows) names.push(...batch.map((a) => a.pairing.village.name));
    return names.sort();
  };

  it("shows all campaigns by default to a department running none itself, one chosen, or all; the export holds the same rows", async () => {
    // 伊春市 runs no campaign of its own: its default is every campaign below it; 嘉荫县's its own.
    expect(await listed(yichun, {})).toEqual(["满天红村", "满天红村", "满天红村", "胜利村"]);
    expect(await listed(jiayin, {})).toEqual(["胜利村"]);
    expect(await listed(yichun, { campaign: String(tieliCampaign) })).toEqual(["满天红村", "满天红村", "满天红村"]);
    expect(await listed(yichun, { campaign: "all" })).toEqual(["满天红村", "满天红村", "满天红村", "胜利村"]);
    for (const params of [{}, { campaign: String(tieliCampaign) }, { campaign: "all" }] as Record<string, string>[]) expect(await exported(yichun, params)).toEqual(await listed(yichun, params));
  });

  it("never shows a county another county's campaign, even named in the URL", async () => {
    expect(await listed(jiayin, { campaign: String(tieliCampaign) })).toEqual(["胜利村"]);
    expect(await listed(jiayin, { campaign: "all" })).toEqual(["胜利村"]);
    expect(await exported(jiayin, { campaign: String(tieliCampaign) })).toEqual(["胜利村"]);
  });
});

describe("bulletins, per campaign and region", () => {
  const PERIOD = { from: "2011-01-01", to: "2011-12-31" };
  const generate = async (who: Admin, campaignId: number, extra: Record<string, unknown> = {}) =>
    (await runOk(db, who, generateBulletinAction, { ...PERIOD, campaignId: String(campaignId), ...extra })).id;

  it("counts only the generating county's own campaign: 嘉荫县's never holds 铁力市's records", async () => {
    const id = await generate(jiayin, jiayinCampaign);
    const content = parseContent((await db.bulletin.findUniqueOrThrow({ where: { id } })).content);
    expect(content.figures).toMatchObject({ pairingsInEffect: 1, verified: 1 });
    expect(content.townships.map((t) => t.name)).toEqual(["朝阳镇"]);
    expect((await db.bulletin.findUniqueOrThrow({ where: { id } })).campaignId).toBe(jiayinCampaign);
  });

  it("refuses a campaign or township of another region as not found, for a sibling and the prefecture alike", async () => {
    const before = await db.bulletin.count();
    expect(await runAs(db, jiayin, generateBulletinAction, { ...PERIOD, campaignId: String(tieliCampaign) })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, jiayin, generateBulletinAction, { ...PERIOD, campaignId: String(jiayinCampaign), townshipId: String(ids.tieliTownship) })).toMatchObject({ ok: false, error: NOT_FOUND });
    for (const campaignId of [tieliCampaign, jiayinCampaign]) {
      expect(await runAs(db, yichun, generateBulletinAction, { ...PERIOD, campaignId: String(campaignId) })).toMatchObject({ ok: false, error: NOT_FOUND });
    }
    expect(await db.bulletin.count()).toBe(before);
  });

  it("numbers 第N期 within each campaign", async () => {
    const t1 = await generate(tieli, tieliCampaign);
    const t2 = await generate(tieli, tieliCampaign, { from: "2011-07-01", to: "2011-07-31" });
    const j1 = await generate(jiayin, jiayinCampaign);
    expect(await runOk(db, tieli, publishBulletinAction, { id: String(t1) })).toEqual({ id: t1, number: 1 });
    expect(await runOk(db, jiayin, publishBulletinAction, { id: String(j1) })).toEqual({ id: j1, number: 1 });
    expect(await runOk(db, tieli, publishBulletinAction, { id: String(t2) })).toEqual({ id: t2, number: 2 });
  });

  it("lets only the campaign's own department edit or publish its draft", async () => {
    const draft = await generate(tieli, tieliCampaign);
    for (const who of [jiayin, yichun]) {
      expect(await runAs(db, who, publishBulletinAction, { id: String(draft) })).toMatchObject({ ok: false, error: NOT_FOUND });
      expect(await runAs(db, who, updateBulletinAction, { id: String(draft), title: "越权", issuer: "组织部", summary: "概述" })).toMatchObject({ ok: false, error: NOT_FOUND });
    }
    expect((await db.bulletin.findUniqueOrThrow({ where: { id: draft } })).status).toBe("DRAFT");
  });

  it("lists for the prefecture both counties' published bulletins, for a county its own with its drafts", async () => {
    const campaignsOf = async (who: Admin) => (await listBulletins(db, asCurrentUser(who), { page: 1 })).rows.map((r) => `${r.campaign.name}:${r.number ?? "草稿"}`).sort();
    expect(await campaignsOf(yichun)).toEqual(["嘉荫县城乡结对共建:1", "百局联百村:1", "百局联百村:2"]);
    expect(await campaignsOf(jiayin)).toEqual(["嘉荫县城乡结对共建:1", "嘉荫县城乡结对共建:草稿"]);
    expect(await campaignsOf(tieli)).toEqual(["百局联百村:1", "百局联百村:2", "百局联百村:草稿"]);
    const tieliDraft = await db.bulletin.findFirstOrThrow({ where: { campaignId: tieliCampaign, status: "DRAFT" } });
    expect(await getBulletin(db, asCurrentUser(jiayin), tieliDraft.id)).toBeNull();
    expect(await getBulletin(db, asCurrentUser(yichun), tieliDraft.id)).toBeNull();
  });
});

describe("leaders for contact points and visits, by region", () => {
  it("offers a county its own pairings and its own region's leaders only", async () => {
    const user = asCurrentUser(jiayin);
    expect((await contactPointChoices(db, user, "")).map((p) => p.value)).toEqual([ids.jiayinPairing]);
    expect((await leaderAccounts(db, user)).map((l) => l.displayName)).toEqual(["嘉荫县领导"]);
    expect(await leaderNames(db, user)).toEqual(["嘉荫县领导"]);
    // The prefecture writes no county's pairings and has no leader of its own here.
    expect(await contactPointChoices(db, asCurrentUser(yichun), "")).toEqual([]);
    expect(await leaderAccounts(db, asCurrentUser(yichun))).toEqual([]);
  });

  it("refuses another region's leader account as a contact leader, and links a visit to the own region's namesake only", async () => {
    const assign = (leaderUserId: number) => ({ pairingId: String(ids.jiayinPairing), leaderUserId: String(leaderUserId), leaderName: "" });
    expect(await runAs(db, jiayin, assignContactPointAction, assign(leader.id))).toMatchObject({ ok: false, fieldErrors: { leaderUserId: "请从列表中选择。" } });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: ids.jiayinPairing } })).contactLeaderId).toBeNull();
    await runOk(db, jiayin, assignContactPointAction, assign(ids.jiayinLeader));
    expect((await db.pairing.findUniqueOrThrow({ where: { id: ids.jiayinPairing } })).contactLeaderId).toBe(ids.jiayinLeader);
    // A visit recorded under 铁力市's leader's name is not tied to that account.
    const { id } = await runOk(db, jiayin, createVisitAction, { pairingId: String(ids.jiayinPairing), date: "2011-06-15", leaderName: "铁力市领导", notes: "走访" });
    expect((await db.leaderVisit.findUniqueOrThrow({ where: { id } })).leaderUserId).toBeNull();
  });
});
