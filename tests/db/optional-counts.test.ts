// Not recorded is not zero: an optional count left blank (participants, a village's figures, a unit's
// members) is stored as null, kept apart from a real 0, worded as "未填写", and sorted last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createActivityAction } from "@/features/activities/mutations-recording";
import { createUnitAction } from "@/features/units/mutations";
import { createVillageAction, updateVillageAction } from "@/features/villages/mutations";
import { listVillages } from "@/features/villages/queries";
import { translatorFor } from "@/i18n/translator";
import { countArg } from "@/lib/counts";
import { makeTownship, makeUser, runAs } from "../helpers/factories";
import { activityForm, createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const idOf = (result: unknown) => (result as { data: { id: number } }).data.id;

describe("an activity's participants", () => {
  it("keeps a blank count as not recorded and a typed 0 as zero", async () => {
    const blank = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { villageParticipants: "" }));
    const zero = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { villageParticipants: "0" }));
    const rows = await db.activity.findMany({ where: { id: { in: [idOf(blank), idOf(zero)] } }, orderBy: { id: "asc" } });
    expect(rows.map((a) => [a.unitParticipants, a.villageParticipants])).toEqual([
      [8, null],
      [8, 0],
    ]);
  });

  it("reads a blank count as 未填写 / not recorded and a zero as 0 人, in both languages", () => {
    const zh = translatorFor("zh-CN");
    const en = translatorFor("en");
    expect(zh("activities.detail.participants", { unit: countArg(8), village: countArg(null) })).toBe("8 人 / 未填写");
    expect(zh("activities.detail.participants", { unit: countArg(0), village: countArg(3) })).toBe("0 人 / 3 人");
    expect(en("activities.detail.participants", { unit: countArg(null), village: countArg(12) })).toBe("not recorded / 12");
    expect(zh("pairings.ledger.participants", { unit: countArg(null), village: countArg(15) })).toBe("参加：单位 未填写，村 15 人");
  });
});

describe("a village's and a unit's figures", () => {
  it("stores blank figures as null, checks poor households only against recorded households, and sorts blanks last", async () => {
    const admin = await makeUser(db, "ADMIN");
    const township = await makeTownship(db, "空白镇");
    const base = { townshipId: String(township.id), secretary: "", households: "", population: "", memberCount: "", poorHouseholds: "" };
    const blank = await runAs(db, admin, createVillageAction, { ...base, name: "未填村", poorHouseholds: "5" });
    expect(blank.ok).toBe(true);
    expect(await db.village.findUniqueOrThrow({ where: { id: idOf(blank) } })).toMatchObject({ households: null, population: null, memberCount: null, poorHouseholds: 5 });
    const small = await runAs(db, admin, createVillageAction, { ...base, name: "小村", households: "10" });
    const large = await runAs(db, admin, createVillageAction, { ...base, name: "大村", households: "300" });
    expect([small.ok, large.ok]).toEqual([true, true]);
    const refused = await runAs(db, admin, updateVillageAction, { ...base, id: String(idOf(small)), name: "小村", households: "10", poorHouseholds: "11" });
    expect(refused).toMatchObject({ ok: false });

    const query = { q: "", townshipId: township.id, sort: "households" as const, page: 1, scope: {} };
    expect((await listVillages(db, { ...query, dir: "asc" })).rows.map((v) => v.name)).toEqual(["小村", "大村", "未填村"]);
    expect((await listVillages(db, { ...query, dir: "desc" })).rows.map((v) => v.name)).toEqual(["大村", "小村", "未填村"]);

    const unit = await runAs(db, admin, createUnitAction, { name: "市未填局", kind: "ORGAN", memberCount: "" });
    expect(await db.unit.findUniqueOrThrow({ where: { id: idOf(unit) } })).toMatchObject({ memberCount: null });
  });

  it("words the print ledger's blank village figures instead of printing 0", () => {
    const zh = translatorFor("zh-CN");
    expect(zh("pairings.print.villageFiguresValue", { households: countArg(420), population: countArg(null), members: countArg(0) })).toBe("420 户，人口未填写，党员 0 名");
  });
});
