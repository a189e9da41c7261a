// A campaign belongs to a region (issue 16). A department reads the campaigns of its region and
// those below it, a liaison or a village those of their own pairings; only the department of the
// campaign's own region edits it or puts pairings in it; what lies outside is "not found". Each
// page's default campaign is the latest started among those its reader sees.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { chosenCampaign, currentCampaign, getCampaignForEdit, listCampaigns, writableCampaignChoices } from "@/features/campaigns/queries";
import { createCampaignAction, updateCampaignAction } from "@/features/campaigns/mutations";
import { createPairingAction } from "@/features/pairings/mutations";
import { previewImport } from "@/features/imports/mutations";
import { translatorFor } from "@/i18n/translator";
import { xlsxFile } from "../helpers/sheets";
import { createTestDb } from "../helpers/test-db";
import { asCurrentUser, makeCampaign, makePairing, makeRegion, makeTownship, makeUnit, makeUser, makeVillage, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";

const NOT_FOUND = "记录不存在，或您无权查看。";

let db: Db;
let tieli: Awaited<ReturnType<typeof makeUser>>;
let prefecture: Awaited<ReturnType<typeof makeUser>>;
let sibling: Awaited<ReturnType<typeof makeUser>>;
let siblingRegionId: number;
let own: Awaited<ReturnType<typeof makeCampaign>>;
let beside: Awaited<ReturnType<typeof makeCampaign>>;

beforeAll(async () => {
  db = await createTestDb();
  const county = await db.region.findUniqueOrThrow({ where: { id: TIELI_REGION_ID } });
  const city = await db.region.findUniqueOrThrow({ where: { id: county.parentId! } });
  const siblingRegion = await makeRegion(db, city);
  siblingRegionId = siblingRegion.id;
  tieli = await makeUser(db, "ADMIN");
  prefecture = await makeUser(db, "ADMIN", { regionId: city.id });
  sibling = await makeUser(db, "ADMIN", { regionId: siblingRegion.id });
  own = await makeCampaign(db, { name: "百局联百村", start: "2010-06-01", end: "2011-08-31" });
  // The sibling county's campaign started later: it must not become 铁力市's default.
  beside = await makeCampaign(db, { name: "邻县结对共建", start: "2011-03-01", end: "2012-02-29", regionId: siblingRegion.id });
});
afterAll(async () => db.$disconnect());

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe("reading campaigns by region", () => {
  it("shows a county its own campaigns, and the prefecture those of its counties", async () => {
    expect(names(await listCampaigns(db, tieli))).toEqual(["百局联百村"]);
    expect(names(await listCampaigns(db, sibling))).toEqual(["邻县结对共建"]);
    expect(names(await listCampaigns(db, prefecture))).toEqual(["邻县结对共建", "百局联百村"]);
  });

  it("defaults each reader to the latest started campaign they see, and ignores a campaign outside their scope in the URL", async () => {
    expect((await currentCampaign(db, tieli, "2026-11-28"))!.id).toBe(own.id);
    expect((await currentCampaign(db, prefecture, "2026-11-28"))!.id).toBe(beside.id);
    expect((await chosenCampaign(db, tieli, { campaign: String(beside.id) }, "2026-11-28")).campaign!.id).toBe(own.id);
    expect((await chosenCampaign(db, prefecture, { campaign: String(own.id) }, "2026-11-28")).campaign!.id).toBe(own.id);
  });

  it("shows a liaison and a village secretary the campaigns of their own pairings only", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db);
    await makePairing(db, unit.id, village.id, undefined, own.id);
    const liaison = await makeUser(db, "LIAISON", { unitId: unit.id });
    const secretary = await makeUser(db, "VILLAGE", { villageId: village.id });
    const lonely = await makeUser(db, "LIAISON", { unitId: (await makeUnit(db)).id });
    expect(names(await listCampaigns(db, liaison))).toEqual(["百局联百村"]);
    expect(names(await listCampaigns(db, secretary))).toEqual(["百局联百村"]);
    expect(await listCampaigns(db, lonely)).toEqual([]);
    expect(await currentCampaign(db, lonely, "2026-11-28")).toBeNull();
  });
});

describe("writing campaigns by region", () => {
  it("puts a new campaign into its creator's own region", async () => {
    const { id } = await runOk(db, sibling, createCampaignAction, { name: "邻县第二轮", startsOn: "2012-03-01", endsOn: "2013-02-28", surveyPeriod: "" });
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).regionId).toBe(siblingRegionId);
    const fromCity = await runOk(db, prefecture, createCampaignAction, { name: "全市结对共建", startsOn: "2012-03-01", endsOn: "2013-02-28", surveyPeriod: "" });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: fromCity.id } })).regionId).toBe(prefecture.regionId);
  });

  it("lets only the campaign's own region edit it: a sibling and the prefecture above get 'not found'", async () => {
    const edit = { id: own.id, name: "越权改名", startsOn: "2010-06-01", endsOn: "2011-08-31", surveyPeriod: "" };
    for (const user of [sibling, prefecture]) {
      expect(await runAs(db, user, updateCampaignAction, edit)).toMatchObject({ ok: false, error: NOT_FOUND });
      expect(await getCampaignForEdit(db, user, own.id)).toBeNull();
    }
    expect((await db.campaign.findUniqueOrThrow({ where: { id: own.id } })).name).toBe("百局联百村");
    expect(await getCampaignForEdit(db, tieli, own.id)).toMatchObject({ id: own.id });
    expect(names(await writableCampaignChoices(db, prefecture))).toEqual(["全市结对共建"]);
  });

  it("refuses a pairing in another region's campaign as 'not found', and defaults to the own region's current one", async () => {
    const unit = await makeUnit(db);
    const village = await makeVillage(db, (await makeTownship(db)).id);
    const refused = await runAs(db, tieli, createPairingAction, { campaignId: beside.id, unitId: unit.id, villageId: village.id, startDate: "2011-04-01" });
    expect(refused).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await db.pairing.count({ where: { unitId: unit.id } })).toBe(0);
    const { id } = await runOk(db, tieli, createPairingAction, { unitId: unit.id, villageId: village.id, startDate: "2011-04-01" });
    expect((await db.pairing.findUniqueOrThrow({ where: { id } })).campaignId).toBe(own.id);
  });

  it("matches an imported pairing's campaign among the importer's own region's only: another's is unknown", async () => {
    const township = await makeTownship(db, "导入镇");
    await makeVillage(db, township.id, "导入村");
    await makeUnit(db, { name: "导入局" });
    const row = (campaign: string) => ["导入局", "导入镇", "导入村", "2011-04-01", "", "", campaign];
    const file = await xlsxFile("pairings.xlsx", { rows: [["共建单位", "乡镇", "结对村", "结对日期", "共建目标", "联系领导", "共建轮次"], row("邻县结对共建"), row("百局联百村")] });
    const result = await previewImport(db, asCurrentUser(tieli), "pairings", file, translatorFor("zh-CN"));
    expect(result).toMatchObject({ created: 1 });
    expect(result.rejected).toEqual([{ row: 2, errors: [{ column: "共建轮次", message: "没有名为“邻县结对共建”的共建轮次。" }] }]);
  });
});
