// Townships on a real database: only the organization department writes, names are unique, a
// township with villages stays, renaming keeps the villages findable, and every change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createTownshipAction, deleteTownshipAction, updateTownshipAction } from "@/features/townships/mutations";
import { listTownships } from "@/features/townships/queries";
import { createDbWithAdmin, makePairing, makeTownship, makeUnit, makeUser, makeVillage, runAs } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => ({ db, admin } = await createDbWithAdmin()));
afterAll(async () => db.$disconnect());

const FORBIDDEN = "您没有权限进行此操作。";

async function readOnlyUsers() {
  const unit = await makeUnit(db);
  const village = await makeVillage(db);
  return [await makeUser(db, "LEADER"), await makeUser(db, "LIAISON", { unitId: unit.id }), await makeUser(db, "VILLAGE", { villageId: village.id })];
}

describe("creating a township", () => {
  it("stores the name and display order and audits the new row", async () => {
    const result = await runAs(db, admin, createTownshipAction, { name: "日月峡镇", sortOrder: "9" });
    expect(result.ok).toBe(true);
    const township = await db.township.findFirstOrThrow({ where: { name: "日月峡镇" } });
    expect(township.sortOrder).toBe(9);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "township.create", entityId: String(township.id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ name: "日月峡镇" });
  });

  it("refuses a duplicate name next to the name field", async () => {
    await makeTownship(db, "重名镇");
    expect(await runAs(db, admin, createTownshipAction, { name: "重名镇" })).toMatchObject({ ok: false, fieldErrors: { name: "铁力市已有名为“重名镇”的乡镇。" } });
    expect(await db.township.count({ where: { name: "重名镇" } })).toBe(1);
  });

  it("explains a missing name", async () => {
    expect(await runAs(db, admin, createTownshipAction, { name: " ", sortOrder: "-1" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "此项为必填项。", sortOrder: "不能为负数。" },
    });
  });
});

describe("editing a township", () => {
  it("renames it, refreshes its villages' search column and audits before and after", async () => {
    const township = await makeTownship(db, "旧名镇");
    const village = await makeVillage(db, township.id, "东风村");
    expect((await runAs(db, admin, updateTownshipAction, { id: township.id, name: "新名镇", sortOrder: "2" })).ok).toBe(true);
    expect((await db.village.findUniqueOrThrow({ where: { id: village.id } })).searchText).toContain("新名镇");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "township.update", entityId: String(township.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "旧名镇" });
    expect(JSON.parse(entry.after!)).toMatchObject({ name: "新名镇", sortOrder: 2 });
  });

  it("refuses the name of another township", async () => {
    await makeTownship(db, "甲镇");
    const b = await makeTownship(db, "乙镇");
    expect(await runAs(db, admin, updateTownshipAction, { id: b.id, name: "甲镇" })).toMatchObject({ ok: false, fieldErrors: { name: "铁力市已有名为“甲镇”的乡镇。" } });
  });
});

describe("deleting a township", () => {
  it("refuses a township that has villages and offers what to do instead", async () => {
    const township = await makeTownship(db);
    await makeVillage(db, township.id);
    const result = await runAs(db, admin, deleteTownshipAction, { id: township.id });
    expect(result).toMatchObject({ ok: false, error: "该乡镇下有 1 个行政村，不能删除。请先将行政村调整到其他乡镇。" });
    expect(await db.township.findUnique({ where: { id: township.id } })).not.toBeNull();
  });

  it("deletes an empty township and keeps the row in the audit log", async () => {
    const township = await makeTownship(db, "待删镇");
    expect((await runAs(db, admin, deleteTownshipAction, { id: township.id })).ok).toBe(true);
    expect(await db.township.findUnique({ where: { id: township.id } })).toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "township.delete", entityId: String(township.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ name: "待删镇" });
  });
});

describe("roles that only read", () => {
  it("are refused every township change, and nothing changes", async () => {
    const township = await makeTownship(db, "只读镇");
    for (const user of await readOnlyUsers()) {
      expect(await runAs(db, user, createTownshipAction, { name: `越权镇${user.id}` })).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, updateTownshipAction, { id: township.id, name: "被改镇" })).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, deleteTownshipAction, { id: township.id })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect((await db.township.findUniqueOrThrow({ where: { id: township.id } })).name).toBe("只读镇");
    expect(await db.township.count({ where: { name: { startsWith: "越权镇" } } })).toBe(0);
  });
});

describe("the township list", () => {
  it("counts villages and active pairings per township, and finds by name", async () => {
    const township = await makeTownship(db, "统计镇");
    const [a, b] = [await makeVillage(db, township.id), await makeVillage(db, township.id)];
    const unit = await makeUnit(db);
    await makePairing(db, unit.id, a.id);
    const ended = await makePairing(db, (await makeUnit(db)).id, b.id);
    await db.$transaction((tx) => tx.pairing.update({ where: { id: ended.id }, data: { status: "ENDED", activeKey: null, endDate: new Date() } }));
    const { rows, total } = await listTownships(db, { q: "统计", sort: "name", dir: "asc", page: 1, scope: {} });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ name: "统计镇", activePairings: 1, _count: { villages: 2 } });
  });
});
