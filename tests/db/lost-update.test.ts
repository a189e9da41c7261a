// No lost update (src/server/versioned-update.ts): an edit saves only over the version its form
// was opened on. A second save from the same version is refused with what the first changed, and
// writes nothing; two saves at once from one version: exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { updateTownshipAction } from "@/features/townships/mutations";
import { updateUnitAction } from "@/features/units/mutations";
import { updateVillageAction } from "@/features/villages/mutations";
import { createDbWithAdmin, makeTownship, makeUnit, makeUser, makeVillage, runAs } from "../helpers/factories";

let db: Db;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => ({ db, admin } = await createDbWithAdmin()));
afterAll(async () => db.$disconnect());

const unitForm = (id: number, version: unknown, fields: Record<string, unknown>) => ({ id: String(id), version: String(version), kind: "ORGAN", memberCount: "0", ...fields });

describe("saving an edit over someone else's", () => {
  it("is refused, with each field the other save changed, and nothing is written", async () => {
    const unit = await makeUnit(db, { name: "市档案局" });
    expect(unit.version).toBe(1);
    // Two people open the edit form at version 1; the first saves.
    const first = await runAs(db, admin, updateUnitAction, unitForm(unit.id, 1, { name: "市档案馆", secretary: "李明" }));
    expect(first.ok).toBe(true);
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: "市档案馆", secretary: "李明", version: 2 });
    const auditEntries = await db.auditEntry.count();

    const second = await runAs(db, admin, updateUnitAction, unitForm(unit.id, 1, { name: "市档案局", phone: "0458-1234567" }));
    expect(second).toEqual({
      ok: false,
      error: [
        "此记录在您打开后已被他人修改并保存，您的修改未保存。请核对以下内容，刷新页面后再修改：",
        "单位名称：现在是“市档案馆”，您提交的是“市档案局”",
        "党组织书记：现在是“李明”，您提交的是“—”",
        "联系电话：现在是“—”，您提交的是“0458-1234567”",
      ].join("\n"),
    });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: "市档案馆", secretary: "李明", phone: "", version: 2 });
    expect(await db.auditEntry.count()).toBe(auditEntries);

    // Reopened at version 2, the same save goes through.
    expect((await runAs(db, admin, updateUnitAction, unitForm(unit.id, 2, { name: "市档案局", secretary: "李明" }))).ok).toBe(true);
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: "市档案局", version: 3 });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const unit = await makeUnit(db, { name: "市统计局" });
    const results = await Promise.all([
      runAs(db, admin, updateUnitAction, unitForm(unit.id, 1, { name: "市统计局", secretary: "甲" })),
      runAs(db, admin, updateUnitAction, unitForm(unit.id, 1, { name: "市统计局", secretary: "乙" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const saved = await db.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(saved.version).toBe(2);
    expect(saved.secretary).toBe(results[0].ok ? "甲" : "乙");
  });

  it("holds for villages and townships too, the same helper", async () => {
    const township = await makeTownship(db, "工农乡");
    const village = await makeVillage(db, township.id, "前进村");
    const villageForm = (version: number, name: string) => ({ id: String(village.id), version: String(version), name, townshipId: String(township.id), households: "0", population: "0", memberCount: "0", poorHouseholds: "0" });
    expect((await runAs(db, admin, updateVillageAction, villageForm(1, "前进一村"))).ok).toBe(true);
    expect(await runAs(db, admin, updateVillageAction, villageForm(1, "前进二村"))).toMatchObject({ ok: false, error: expect.stringContaining("村名：现在是“前进一村”，您提交的是“前进二村”") });
    expect((await runAs(db, admin, updateTownshipAction, { id: String(township.id), version: "1", name: "工农镇", sortOrder: "0" })).ok).toBe(true);
    expect(await runAs(db, admin, updateTownshipAction, { id: String(township.id), version: "1", name: "工农新镇", sortOrder: "0" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("乡镇名称：现在是“工农镇”，您提交的是“工农新镇”"),
    });
  });

  it("refuses a version that is not a whole number beside the field, and a save without one is not checked (imports)", async () => {
    const unit = await makeUnit(db, { name: "市地震局" });
    expect(await runAs(db, admin, updateUnitAction, unitForm(unit.id, "1e20", { name: "市地震局" }))).toMatchObject({ ok: false, fieldErrors: { version: expect.any(String) } });
    const { version: _omitted, ...withoutVersion } = unitForm(unit.id, 1, { name: "市地震台" });
    expect((await runAs(db, admin, updateUnitAction, withoutVersion)).ok).toBe(true);
    expect(await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: "市地震台", version: 2 });
  });
});
