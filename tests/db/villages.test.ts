// Villages on a real database: a name is unique within its township (not across townships), the
// search column covers name, township and secretary, a referenced village stays, and only the
// organization department writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createVillageAction, deleteVillageAction, updateVillageAction } from "@/features/villages/mutations";
import { listVillages } from "@/features/villages/queries";

import { createDbWithAdmin, makePairing, makeSurvey, makeTownship, makeUnit, makeUser, makeVillage, runAs } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => ({ db, admin } = await createDbWithAdmin()));
afterAll(async () => db.$disconnect());

const FORBIDDEN = "您没有权限进行此操作。";
const form = (townshipId: number, data: Record<string, string> = {}) => ({
  name: "满天红村",
  townshipId: String(townshipId),
  secretary: "赵长山",
  households: "420",
  population: "1530",
  memberCount: "46",
  poorHouseholds: "31",
  ...data,
});

describe("creating a village", () => {
  it("stores the figures and a search column of name, township and secretary", async () => {
    const township = await makeTownship(db, "铁力镇");
    const result = await runAs(db, admin, createVillageAction, form(township.id, { name: "Abc村" }));
    expect(result.ok).toBe(true);
    const village = await db.village.findFirstOrThrow({ where: { name: "Abc村" } });
    expect(village).toMatchObject({ households: 420, population: 1530, memberCount: 46, poorHouseholds: 31, secretary: "赵长山" });
    expect(village.searchText).toBe("abc村 cun c 铁力镇 赵长山");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "village.create", entityId: String(village.id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ name: "Abc村" });
  });

  it("refuses a name already used in the same township, next to the name field", async () => {
    const township = await makeTownship(db, "双丰镇");
    await makeVillage(db, township.id, "丰收村");
    const result = await runAs(db, admin, createVillageAction, form(township.id, { name: "丰收村" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "双丰镇已有名为“丰收村”的行政村。" } });
    expect(await db.village.count({ where: { townshipId: township.id, name: "丰收村" } })).toBe(1);
  });

  it("accepts the same name in another township", async () => {
    const a = await makeTownship(db);
    const b = await makeTownship(db);
    await makeVillage(db, a.id, "红旗村");
    expect((await runAs(db, admin, createVillageAction, form(b.id, { name: "红旗村" }))).ok).toBe(true);
  });

  it("explains each invalid field, keeping poor households within households", async () => {
    const township = await makeTownship(db);
    expect(await runAs(db, admin, createVillageAction, form(township.id, { name: "", townshipId: "", households: "abc" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: "此项为必填项。", townshipId: "请从列表中选择。", households: "请输入数字。" },
    });
    expect(await runAs(db, admin, createVillageAction, form(township.id, { households: "10", poorHouseholds: "11" }))).toMatchObject({
      ok: false,
      fieldErrors: { poorHouseholds: "贫困户数不能大于户数。" },
    });
  });

  it("refuses a township that does not exist", async () => {
    expect(await runAs(db, admin, createVillageAction, form(999_999))).toMatchObject({ ok: false, fieldErrors: { townshipId: "所选乡镇不存在，请重新选择。" } });
  });
});

describe("editing a village", () => {
  it("moves it to another township, refreshes the search column and audits before and after", async () => {
    const from = await makeTownship(db, "桃山镇");
    const to = await makeTownship(db, "朗乡镇");
    const village = await makeVillage(db, from.id, "东升村");
    expect((await runAs(db, admin, updateVillageAction, { ...form(to.id, { name: "东升村", secretary: "钱进" }), id: String(village.id) })).ok).toBe(true);
    const after = await db.village.findUniqueOrThrow({ where: { id: village.id } });
    expect(after).toMatchObject({ townshipId: to.id, searchText: "东升村 dongshengcun dsc 朗乡镇 钱进", sortKey: "dong sheng cun" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "village.update", entityId: String(village.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ townshipId: from.id });
    expect(JSON.parse(entry.after!)).toMatchObject({ townshipId: to.id });
  });

  it("refuses to take the name of another village of the township", async () => {
    const township = await makeTownship(db, "神树镇");
    await makeVillage(db, township.id, "前进村");
    const other = await makeVillage(db, township.id, "胜利村");
    expect(await runAs(db, admin, updateVillageAction, { ...form(township.id, { name: "前进村" }), id: other.id })).toMatchObject({
      ok: false,
      fieldErrors: { name: "神树镇已有名为“前进村”的行政村。" },
    });
  });
});

describe("deleting a village", () => {
  it("refuses a village with pairings, and offers ending them instead", async () => {
    const village = await makeVillage(db);
    await makePairing(db, (await makeUnit(db)).id, village.id);
    const result = await runAs(db, admin, deleteVillageAction, { id: village.id });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("请结束结对") });
    expect(await db.village.findUnique({ where: { id: village.id } })).not.toBeNull();
  });

  it("refuses a village with user accounts or surveys", async () => {
    const withUser = await makeVillage(db);
    await makeUser(db, "VILLAGE", { villageId: withUser.id });
    expect(await runAs(db, admin, deleteVillageAction, { id: withUser.id })).toMatchObject({ ok: false, error: expect.stringContaining("1 个用户账号") });
    const surveyed = await makeVillage(db);
    await makeSurvey(db, { villageId: surveyed.id });
    expect(await runAs(db, admin, deleteVillageAction, { id: surveyed.id })).toMatchObject({ ok: false, error: "该村已有民主测评或考核记录，不能删除。" });
  });

  it("deletes a free village and keeps the row in the audit log", async () => {
    const village = await makeVillage(db, undefined, "待删村");
    expect((await runAs(db, admin, deleteVillageAction, { id: village.id })).ok).toBe(true);
    expect(await db.village.findUnique({ where: { id: village.id } })).toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "village.delete", entityId: String(village.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "待删村" });
  });
});

describe("roles that only read", () => {
  it("are refused every village change, even for their own village", async () => {
    const township = await makeTownship(db);
    const village = await makeVillage(db, township.id, "本村");
    const unit = await makeUnit(db);
    const users = [await makeUser(db, "LEADER"), await makeUser(db, "LIAISON", { unitId: unit.id }), await makeUser(db, "VILLAGE", { villageId: village.id })];
    for (const user of users) {
      expect(await runAs(db, user, createVillageAction, form(township.id, { name: `越权村${user.id}` }))).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, updateVillageAction, { ...form(township.id, { name: "被改村" }), id: village.id })).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, deleteVillageAction, { id: village.id })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect((await db.village.findUniqueOrThrow({ where: { id: village.id } })).name).toBe("本村");
  });
});

describe("the village list", () => {
  it("filters by township and by whether a village has an active pairing, and searches the secretary", async () => {
    const township = await makeTownship(db, "列表镇");
    const paired = await db.$transaction((tx) => tx.village.create({ data: { name: "有对村", townshipId: township.id, secretary: "孙立", searchText: "有对村 列表镇 孙立" } }));
    await db.$transaction((tx) => tx.village.create({ data: { name: "无对村", townshipId: township.id, searchText: "无对村 列表镇" } }));
    await makePairing(db, (await makeUnit(db)).id, paired.id);
    const base = { q: "", townshipId: township.id, sort: "name" as const, dir: "asc" as const, page: 1, scope: {} };
    expect((await listVillages(db, base)).total).toBe(2);
    expect((await listVillages(db, { ...base, paired: true })).rows.map((v) => v.name)).toEqual(["有对村"]);
    expect((await listVillages(db, { ...base, paired: false })).rows.map((v) => v.name)).toEqual(["无对村"]);
    expect((await listVillages(db, { ...base, townshipId: undefined, q: "孙立" })).rows.map((v) => v.name)).toEqual(["有对村"]);
  });
});
