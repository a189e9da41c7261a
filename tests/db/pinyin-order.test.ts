// Names are ordered and paged by their pinyin, by the database: every create and update stores the
// key, lists order by it, and a database made before the key existed is filled at start-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { backfillPinyinSortKeys } from "../../prisma/seed/pinyin-backfill";
import { createUnitAction, updateUnitAction } from "@/features/units/mutations";
import { listUnits } from "@/features/units/queries";
import { listVillages } from "@/features/villages/queries";
import { runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const NAMES = ["中国人寿铁力支公司", "团市委", "国网铁力供电公司", "市农业局", "安监局"];

describe("names in pinyin order", () => {
  it("units are stored with their key, listed and paged in pinyin order, found by initials", async () => {
    for (const name of NAMES) await runOk(db, w.admin, createUnitAction, { name, kind: "ORGAN" });
    const unit = await db.unit.findFirstOrThrow({ where: { name: "团市委" } });
    expect(unit.sortKey).toBe("tuan shi wei");

    const query = { q: "", sort: "name" as const, dir: "asc" as const, page: 1, size: 20, scope: {} };
    const ours = (rows: { name: string }[]) => rows.map((r) => r.name).filter((n) => NAMES.includes(n));
    expect(ours((await listUnits(db, query)).rows)).toEqual(["安监局", "国网铁力供电公司", "市农业局", "团市委", "中国人寿铁力支公司"]);
    // Paged by the database: two to a page, the pages join up in the same order.
    const all = (await listUnits(db, { ...query, size: 100 })).rows.map((r) => r.name);
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.length / 2); page++) paged.push(...(await listUnits(db, { ...query, page, size: 2 })).rows.map((r) => r.name));
    expect(paged).toEqual(all);

    expect((await listUnits(db, { ...query, q: "tsw" })).rows.map((r) => r.name)).toEqual(["团市委"]);
    await runOk(db, w.admin, updateUnitAction, { id: unit.id, name: "共青团铁力市委", kind: "ORGAN" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).sortKey).toBe("gong qing tuan tie li shi wei");
  });

  it("a database made before the key gets it at start-up, and the villages list orders by it", async () => {
    await db.$transaction(async (tx) => {
      await tx.village.updateMany({ data: { sortKey: "" } });
      await tx.village.update({ where: { id: w.villageA.id }, data: { name: "张家村" } });
      await tx.village.update({ where: { id: w.villageB.id }, data: { name: "安家村" } });
    });
    expect(await backfillPinyinSortKeys(db)).toBeGreaterThanOrEqual(2);
    expect((await db.village.findUniqueOrThrow({ where: { id: w.villageA.id } })).sortKey).toBe("zhang jia cun");
    expect(await backfillPinyinSortKeys(db)).toBe(0);
    const { rows } = await listVillages(db, { q: "", sort: "name", dir: "asc", page: 1, size: 20, scope: {} });
    expect(rows.map((r) => r.name)).toEqual(["安家村", "张家村"]);
    expect((await listVillages(db, { q: "ajc", sort: "name", dir: "asc", page: 1, size: 20, scope: {} })).rows.map((r) => r.name)).toEqual(["安家村"]);
  });
});
