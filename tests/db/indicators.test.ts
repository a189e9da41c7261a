// The indicator catalogue: ADMIN adds and edits; an indicator in use keeps its code and money flag
// and cannot be deleted, only retired; retired ones are not offered in new forms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createIndicatorAction, deleteIndicatorAction, setIndicatorActiveAction, updateIndicatorAction } from "@/features/indicators/mutations";
import { indicatorChoices } from "@/features/indicators/queries";

import { makeActivity, makeIndicator, makeUser, runAs, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const valid = { code: "wells_dug", labelZh: "打井", labelEn: "Wells dug", unitZh: "眼", unitEn: "wells", group: "DEVELOPMENT", sortOrder: "250" };

describe("the catalogue", () => {
  it("adds an indicator and audits it", async () => {
    const result = await runAs(db, w.admin, createIndicatorAction, { ...valid, isMoney: "" });
    expect(result.ok).toBe(true);
    expect(await db.indicator.findUniqueOrThrow({ where: { code: "wells_dug" } })).toMatchObject({ labelZh: "打井", isMoney: false, active: true, sortOrder: 250 });
    expect(await db.auditEntry.count({ where: { action: "indicator.create" } })).toBe(1);
  });

  it("explains a malformed or duplicate code next to the code field", async () => {
    expect(await runAs(db, w.admin, createIndicatorAction, { ...valid, code: "打井 数" })).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("小写英文字母") } });
    expect(await runAs(db, w.admin, createIndicatorAction, { ...valid, code: w.count.code })).toMatchObject({
      ok: false,
      fieldErrors: { code: `已有代码为“${w.count.code}”的指标。` },
    });
  });

  it("edits labels and units of an indicator in use, but not its code or money flag", async () => {
    const used = await makeIndicator(db);
    await makeActivity(db, { pairingId: w.pairingA.id, values: { [used.id]: 1 }, status: "DRAFT" });
    const base = { ...valid, id: used.id, code: used.code, group: "ORGANIZATION" };
    expect(await runAs(db, w.admin, updateIndicatorAction, { ...base, labelZh: "新名称" })).toMatchObject({ ok: true });
    expect((await db.indicator.findUniqueOrThrow({ where: { id: used.id } })).labelZh).toBe("新名称");
    expect(await runAs(db, w.admin, updateIndicatorAction, { ...base, code: "renamed_code" })).toMatchObject({ ok: false, fieldErrors: { code: expect.any(String) } });
    expect(await runAs(db, w.admin, updateIndicatorAction, { ...base, isMoney: "on" })).toMatchObject({ ok: false, fieldErrors: { isMoney: expect.any(String) } });
  });

  it("refuses deleting an indicator in use with a clear message, and deletes an unused one", async () => {
    const used = await makeIndicator(db);
    await makeActivity(db, { pairingId: w.pairingA.id, values: { [used.id]: 1 }, status: "DRAFT" });
    await makeActivity(db, { pairingId: w.pairingB.id, values: { [used.id]: 2 }, status: "DRAFT" });
    expect(await runAs(db, w.admin, deleteIndicatorAction, { id: used.id })).toMatchObject({
      ok: false,
      error: "此指标已被 2 条活动记录使用，不能删除。如不再需要，请停用。",
    });
    expect(await db.indicator.findUnique({ where: { id: used.id } })).not.toBeNull();
    const unused = await makeIndicator(db);
    expect(await runAs(db, w.admin, deleteIndicatorAction, { id: unused.id })).toMatchObject({ ok: true });
    expect(await db.indicator.findUnique({ where: { id: unused.id } })).toBeNull();
  });

  it("retires and reactivates; a retired indicator is offered only to activities that carry it", async () => {
    const indicator = await makeIndicator(db);
    expect(await runAs(db, w.admin, setIndicatorActiveAction, { id: indicator.id, active: "" })).toMatchObject({ ok: true });
    expect((await indicatorChoices(db)).map((i) => i.id)).not.toContain(indicator.id);
    expect((await indicatorChoices(db, [indicator.id])).map((i) => i.id)).toContain(indicator.id);
    expect(await db.auditEntry.count({ where: { action: "indicator.deactivate", entityId: String(indicator.id) } })).toBe(1);
    await runOk(db, w.admin, setIndicatorActiveAction, { id: indicator.id, active: "on" });
    expect((await indicatorChoices(db)).map((i) => i.id)).toContain(indicator.id);
  });

  it("is ADMIN's alone", async () => {
    for (const role of ["LEADER", "LIAISON", "VILLAGE"] as const) {
      const user = await makeUser(db, role);
      expect(await runAs(db, user, createIndicatorAction, { ...valid, code: `x_${role.toLowerCase()}` })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
      expect(await runAs(db, user, setIndicatorActiveAction, { id: w.count.id, active: "" })).toMatchObject({ ok: false });
    }
    expect((await db.indicator.findUniqueOrThrow({ where: { id: w.count.id } })).active).toBe(true);
  });
});
