// Region scope (issue 16). The small world lies in 铁力市; a sibling county (嘉荫县-like) has a unit,
// village and pairing of its own. The organization department of 铁力市 sees 铁力市 only, the
// sibling's its own only, the prefecture's (伊春市) both — read-only for 铁力市's records — and a
// department of a region below 铁力市 sees neither. Outside the scope everything is "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairingScope, villagesInScope } from "@/domain/visibility";
import { surveyRoundSummaries } from "@/features/surveys/queries";
import { verifyActivityAction } from "@/features/activities/mutations-review";
import { activityListQuery, getActivityForReader, listActivities } from "@/features/activities/queries";
import { indicatorTotals } from "@/features/dashboard/queries/indicator-totals";
import { getLedger } from "@/features/pairings/ledger";
import { updatePairingAction } from "@/features/pairings/mutations";
import { listPairings } from "@/features/pairings/queries";
import { getInspection, listInspections } from "@/features/supervision/queries-inspections";
import { getRectificationForReader } from "@/features/supervision/queries-rectifications";
import { listVisits } from "@/features/supervision/queries-visits";
import { createUnitAction, updateUnitAction } from "@/features/units/mutations";
import { getUnit, listUnits } from "@/features/units/queries";
import { createUserAction, updateUserAction } from "@/features/users/mutations";
import { getVillage, listVillages } from "@/features/villages/queries";
import { createVillageAction } from "@/features/villages/mutations";
import type { CurrentUser } from "@/server/current-user";
import type { Db } from "@/server/db-client";
import { asCurrentUser, makeActivity, makeInspection, makePairing, makeRegion, makeTownship, makeSurvey, makeUnit, makeUser, makeVillage, makeVisit, runAs, TIELI_REGION_ID } from "../helpers/factories";
import { filterFor } from "../helpers/dashboard-filter";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
type Row = Awaited<ReturnType<typeof makeUser>>;
let sibling: { unit: { id: number }; village: { id: number }; township: { id: number }; pairing: { id: number }; regionId: number };
let tieliAdmin: Row, siblingAdmin: Row, prefectureAdmin: Row, belowAdmin: Row, prefectureLeader: Row, regionlessAdmin: Row;
let tieliActivity: number, siblingActivity: number;

beforeAll(async () => {
  ({ db, w } = await createWorldDb());
  const tieli = await db.region.findUniqueOrThrow({ where: { id: TIELI_REGION_ID } });
  const prefecture = await db.region.findUniqueOrThrow({ where: { id: tieli.parentId! } });
  const siblingRegion = await makeRegion(db, prefecture);
  const below = await makeRegion(db, tieli);
  const township = await makeTownship(db, "乌云镇", siblingRegion.id);
  // The same unit name as one of 铁力市's: names are unique within a region only.
  const unit = await makeUnit(db, { name: w.unitA.name, regionId: siblingRegion.id });
  const village = await makeVillage(db, township.id);
  sibling = { unit, village, township, pairing: await makePairing(db, unit.id, village.id), regionId: siblingRegion.id };
  tieliAdmin = w.admin;
  siblingAdmin = await makeUser(db, "ADMIN", { regionId: siblingRegion.id });
  prefectureAdmin = await makeUser(db, "ADMIN", { regionId: prefecture.id });
  prefectureLeader = await makeUser(db, "LEADER", { regionId: prefecture.id });
  belowAdmin = await makeUser(db, "ADMIN", { regionId: below.id });
  regionlessAdmin = await makeUser(db, "ADMIN", { regionId: null });
  tieliActivity = (await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED", values: { [w.count.id]: 3 } })).id;
  siblingActivity = (await makeActivity(db, { pairingId: sibling.pairing.id, status: "VERIFIED", values: { [w.count.id]: 5 } })).id;
  await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED", values: { [w.count.id]: 7 } });
});
afterAll(async () => db.$disconnect());

const me = (u: Row): CurrentUser => asCurrentUser(u);
const list = { q: "", sort: "name" as const, dir: "asc" as const, page: 1, size: 100 };
const unitIds = async (u: Row) => (await listUnits(db, { ...list, scope: pairingScope(me(u)) })).rows.map((r) => r.id);
const pairingIds = async (u: Row) => (await listPairings(db, me(u), { q: "", sort: "unit", dir: "asc", page: 1, size: 100 })).rows.map((r) => r.id);

describe("reading by region", () => {
  it("lists units: own region, the prefecture both counties, a sibling and a region below none of the other's", async () => {
    const [tieliUnits, siblingUnits, prefectureUnits, belowUnits, noRegion] = await Promise.all([tieliAdmin, siblingAdmin, prefectureAdmin, belowAdmin, regionlessAdmin].map(unitIds));
    expect(tieliUnits).toEqual(expect.arrayContaining([w.unitA.id, w.unitB.id]));
    expect(tieliUnits).not.toContain(sibling.unit.id);
    expect(siblingUnits).toEqual([sibling.unit.id]);
    expect(prefectureUnits).toEqual(expect.arrayContaining([w.unitA.id, w.unitB.id, sibling.unit.id]));
    expect(belowUnits).toEqual([]);
    // An ADMIN without a region sees nothing, never everything.
    expect(noRegion).toEqual([]);
  });

  it("opens a unit or village of another region as not found", async () => {
    expect(await getUnit(db, sibling.unit.id, pairingScope(me(tieliAdmin)))).toBeNull();
    expect(await getUnit(db, w.unitA.id, pairingScope(me(siblingAdmin)))).toBeNull();
    expect(await getVillage(db, w.villageA.id, pairingScope(me(belowAdmin)))).toBeNull();
    expect((await getVillage(db, w.villageA.id, pairingScope(me(prefectureLeader))))?.id).toBe(w.villageA.id);
    const villages = (await listVillages(db, { ...list, sort: "name", scope: pairingScope(me(siblingAdmin)) })).rows.map((v) => v.id);
    expect(villages).toEqual([sibling.village.id]);
  });

  it("lists pairings and opens ledgers and activities within the region only", async () => {
    expect(await pairingIds(siblingAdmin)).toEqual([sibling.pairing.id]);
    expect((await pairingIds(prefectureLeader)).sort()).toEqual([w.pairingA.id, w.pairingB.id, sibling.pairing.id].sort());
    expect(await getLedger(db, me(siblingAdmin), w.pairingA.id)).toBeNull();
    expect(await getLedger(db, me(prefectureAdmin), w.pairingA.id)).not.toBeNull();
    expect(await getActivityForReader(db, me(tieliAdmin), siblingActivity)).toBeNull();
    expect(await getActivityForReader(db, me(prefectureAdmin), tieliActivity)).not.toBeNull();
    const seen = (await listActivities(db, me(siblingAdmin), { ...activityListQuery({}), size: 100 })).rows.map((a) => a.id);
    expect(seen).toEqual([siblingActivity]);
  });

  it("sums the dashboard's figures over the region: the prefecture's is the sum of its counties'", async () => {
    const period = { from: "2010-06-01", to: "2011-08-31" };
    const total = async (u: Row) => (await indicatorTotals(db, filterFor(me(u), period))).get(w.count.id) ?? 0;
    const [tieli, siblingCounty, prefecture, below] = await Promise.all([total(tieliAdmin), total(siblingAdmin), total(prefectureAdmin), total(belowAdmin)]);
    expect([tieli, siblingCounty]).toEqual([7, 5]);
    expect(prefecture).toBe(tieli + siblingCounty);
    expect(below).toBe(0);
  });

  it("shows a rectification item of another region as not found", async () => {
    const inspection = await makeInspection(db, [w.pairingA.id]);
    const item = inspection.rectifications[0];
    expect(await getRectificationForReader(db, me(siblingAdmin), item.id)).toBeNull();
    expect(await getRectificationForReader(db, me(prefectureLeader), item.id)).not.toBeNull();
    // The inspection itself, and the visits to a region's pairings, likewise.
    expect(await getInspection(db, inspection.id, pairingScope(me(siblingAdmin)))).toBeNull();
    expect((await listInspections(db, pairingScope(me(prefectureAdmin)), { page: 1 })).rows.map((r) => r.id)).toContain(inspection.id);
    expect((await listInspections(db, pairingScope(me(siblingAdmin)), { page: 1 })).total).toBe(0);
    await makeVisit(db, sibling.pairing.id, "2011-05-05");
    const period = { period: { from: "2011-01-01", to: "2011-12-31" } };
    expect((await listVisits(db, period, pairingScope(me(tieliAdmin)), { page: 1 })).total).toBe(0);
    expect((await listVisits(db, period, pairingScope(me(siblingAdmin)), { page: 1 })).total).toBe(1);
  });

  it("rates surveys over the region's villages only", async () => {
    await makeSurvey(db, { villageId: w.villageA.id, round: "2011-08" });
    await makeSurvey(db, { villageId: sibling.village.id, round: "2011-08" });
    const villagesOf = async (u: Row) => (await surveyRoundSummaries(db, villagesInScope(me(u)))).find((r) => r.round === "2011-08")?.villages ?? 0;
    expect([await villagesOf(tieliAdmin), await villagesOf(siblingAdmin), await villagesOf(prefectureLeader), await villagesOf(belowAdmin)]).toEqual([1, 1, 2, 0]);
  });
});

describe("writing in one's own region only", () => {
  it("lets the prefecture read 铁力市's units but not edit them; 铁力市's own department edits them", async () => {
    const edit = { id: String(w.unitB.id), name: "市水利局", kind: "ORGAN" };
    expect(await runAs(db, prefectureAdmin, updateUnitAction, edit)).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
    expect(await runAs(db, siblingAdmin, updateUnitAction, edit)).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
    expect(await runAs(db, tieliAdmin, updateUnitAction, edit)).toMatchObject({ ok: true });
  });

  it("refuses another region's pairing, activity and township as not found", async () => {
    expect(await runAs(db, prefectureAdmin, verifyActivityAction, { id: String(tieliActivity) })).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
    expect(await runAs(db, siblingAdmin, updatePairingAction, { id: String(w.pairingA.id), startDate: "2010-06-01", goals: "改" })).toMatchObject({ ok: false });
    expect(await runAs(db, belowAdmin, createVillageAction, { name: "新村", townshipId: String(w.township.id) })).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: tieliActivity } })).toMatchObject({ status: "SUBMITTED" });
  });

  it("puts a new unit into the department's own region; the same name twice in one region is refused beside the name", async () => {
    const created = await runAs(db, siblingAdmin, createUnitAction, { name: "县审计局", kind: "ORGAN" });
    expect(created.ok).toBe(true);
    if (created.ok) expect((await db.unit.findUniqueOrThrow({ where: { id: created.data.id } })).regionId).toBe(sibling.regionId);
    // 铁力市 may have its own 县审计局; the sibling may not have a second.
    expect((await runAs(db, tieliAdmin, createUnitAction, { name: "县审计局", kind: "ORGAN" })).ok).toBe(true);
    const again = await runAs(db, siblingAdmin, createUnitAction, { name: "县审计局", kind: "ORGAN" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { name: expect.stringContaining("已有名为“县审计局”的单位") } });
  });

  it("refuses a unit without a region: an ADMIN without one writes nothing", async () => {
    expect(await runAs(db, regionlessAdmin, createUnitAction, { name: "无地区局", kind: "ORGAN" })).toMatchObject({ ok: false });
    expect(await db.unit.count({ where: { name: "无地区局" } })).toBe(0);
  });
});

describe("users and their regions", () => {
  it("requires a region for ADMIN and LEADER, in both languages", async () => {
    const sysadmin = await makeUser(db, "SYSADMIN");
    const zh = await runAs(db, sysadmin, createUserAction, { username: `noregion${Date.now()}`, displayName: "无地区", role: "ADMIN" });
    expect(zh).toMatchObject({ ok: false, fieldErrors: { regionId: "组织部和领导账号必须选择所属地区。" } });
    const en = await runAs(db, sysadmin, createUserAction, { username: `noregion${Date.now()}`, displayName: "无地区", role: "LEADER" }, "en");
    expect(en).toMatchObject({ ok: false, fieldErrors: { regionId: "An organization department or leader account needs a region." } });
  });

  it("lets a system administrator with a region give only that region or one below it", async () => {
    const countySysadmin = await makeUser(db, "SYSADMIN", { regionId: sibling.regionId });
    const outside = await runAs(db, countySysadmin, createUserAction, { username: `tieli${Date.now()}`, displayName: "铁力", role: "ADMIN", regionId: String(TIELI_REGION_ID) });
    expect(outside).toMatchObject({ ok: false, fieldErrors: { regionId: "所选地区不存在，或不在您可管理的范围内。" } });
    const inside = await runAs(db, countySysadmin, createUserAction, { username: `county${Date.now()}`, displayName: "县里", role: "ADMIN", regionId: String(sibling.regionId) });
    expect(inside.ok).toBe(true);
    // The system's own administrator (no region) may give any region.
    const sysadmin = await makeUser(db, "SYSADMIN");
    expect((await runAs(db, sysadmin, createUserAction, { username: `any${Date.now()}`, displayName: "任意", role: "LEADER", regionId: String(TIELI_REGION_ID) })).ok).toBe(true);
  });

  it("ends a user's sessions when their region changes", async () => {
    const sysadmin = await makeUser(db, "SYSADMIN");
    const leader = await makeUser(db, "LEADER");
    const result = await runAs(db, sysadmin, updateUserAction, { id: String(leader.id), displayName: leader.displayName, role: "LEADER", regionId: String(sibling.regionId) });
    expect(result.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: leader.id } });
    expect(after.regionId).toBe(sibling.regionId);
    expect(after.sessionVersion).toBe(leader.sessionVersion + 1);
  });
});
