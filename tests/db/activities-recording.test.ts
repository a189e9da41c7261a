// Recording activities: a liaison records for their own unit's pairings only, within the pairing's
// dates and not in the future, with whole non-negative numbers and active indicators; drafts and
// returned activities can be edited, submitted and verified ones cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import {
  createActivityAction,
  deleteActivityAction,
  submitActivityAction,
  updateActivityAction,
} from "@/features/activities/mutations-recording";
import { shanghaiDay } from "@/lib/dates";

import { makeActivity, runAs } from "../helpers/factories";
import { activityForm, createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const NOT_FOUND = "记录不存在，或您无权查看。";
const FORBIDDEN = "您没有权限进行此操作。";

describe("recording an activity", () => {
  it("saves a liaison's draft with its indicator values, dropping blank ones, and audits it", async () => {
    const form = activityForm(w.pairingA.id, { [`values.${w.count.id}`]: "6", [`values.${w.money.id}`]: "40200", [`values.${w.retired.id}`]: "" });
    const result = await runAs(db, w.liaisonA, createActivityAction, form);
    expect(result).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    const id = (result as { data: { id: number } }).data.id;
    const activity = await db.activity.findUniqueOrThrow({ where: { id }, include: { values: { orderBy: { indicatorId: "asc" } } } });
    expect(activity).toMatchObject({ title: "走访慰问困难党员", area: "MASS_SERVICE", unitParticipants: 8, villageParticipants: 15, recordedById: w.liaisonA.id, submittedAt: null });
    expect(shanghaiDay(activity.date)).toBe("2011-04-20");
    expect(activity.values.map((v) => [v.indicatorId, v.value])).toEqual([
      [w.count.id, 6],
      [w.money.id, 40200],
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "activity.create", entityId: String(id) } });
    expect(JSON.parse(entry.after!)).toMatchObject({ status: "DRAFT", values: [{ code: w.count.code, value: 6 }, { code: w.money.code, value: 40200 }] });
  });

  it("submits at once when asked", async () => {
    const result = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { intent: "submit" }));
    expect(result).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    const activity = await db.activity.findUniqueOrThrow({ where: { id: (result as { data: { id: number } }).data.id } });
    expect(activity.submittedAt).not.toBeNull();
  });

  it("refuses a crafted form naming another unit's pairing, and creates nothing", async () => {
    const before = await db.activity.count();
    const result = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingB.id, { title: "越权记录", intent: "submit" }));
    expect(result).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await db.activity.count()).toBe(before);
  });

  it("refuses village users and leaders", async () => {
    for (const user of [w.villagerA, w.leader]) {
      expect(await runAs(db, user, createActivityAction, activityForm(w.pairingA.id))).toMatchObject({ ok: false, error: FORBIDDEN });
    }
  });

  it("lets ADMIN record for any pairing", async () => {
    expect(await runAs(db, w.admin, createActivityAction, activityForm(w.pairingB.id))).toMatchObject({ ok: true });
  });

  it("refuses a date in the future (Shanghai today) or before the pairing started", async () => {
    const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
    expect(await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { date: tomorrow }))).toMatchObject({
      ok: false,
      fieldErrors: { date: "活动日期不能晚于今天。" },
    });
    expect(await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { date: "2010-05-31" }))).toMatchObject({
      ok: false,
      fieldErrors: { date: "活动日期不能早于结对开始日期（2010-06-01）。" },
    });
    expect(await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { date: shanghaiDay(new Date()) }))).toMatchObject({ ok: true });
  });

  it("refuses 30 February next to the date field instead of recording 2 March", async () => {
    const before = await db.activity.count();
    expect(await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { date: "2011-02-30" }))).toMatchObject({
      ok: false,
      fieldErrors: { date: "请输入有效的日期。" },
    });
    expect(await db.activity.count()).toBe(before);
  });

  it("explains negative and fractional numbers next to their fields", async () => {
    const result = await runAs(
      db,
      w.liaisonA,
      createActivityAction,
      activityForm(w.pairingA.id, { unitParticipants: "-1", villageParticipants: "2.5", [`values.${w.count.id}`]: "-3", title: "" }),
      "en",
    );
    expect(result).toMatchObject({
      ok: false,
      error: "Please check the fields marked in red.",
      fieldErrors: {
        unitParticipants: "Must not be negative.",
        villageParticipants: "Enter a whole number.",
        [`values.${w.count.id}`]: "Must not be negative.",
        title: "This field is required.",
      },
    });
  });

  it("does not offer a retired indicator in a new activity", async () => {
    const result = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { [`values.${w.retired.id}`]: "3" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [`values.${w.retired.id}`]: "此指标已停用，不能再填写。" } });
  });
});

describe("editing and submitting", () => {
  it("edits a draft, replacing its values, and submits it", async () => {
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, values: { [w.count.id]: 2 }, status: "DRAFT" });
    const result = await runAs(db, w.liaisonA, updateActivityAction, {
      ...activityForm(w.pairingA.id, { title: "修改后的标题", intent: "submit" }),
      id: String(draft.id),
      values: { [w.money.id]: "1000" },
    });
    expect(result).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    const after = await db.activity.findUniqueOrThrow({ where: { id: draft.id }, include: { values: true } });
    expect(after.title).toBe("修改后的标题");
    expect(after.values.map((v) => [v.indicatorId, v.value])).toEqual([[w.money.id, 1000]]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "activity.update", entityId: String(draft.id) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ status: "DRAFT", values: [{ indicatorId: w.count.id, value: 2 }] });
    expect(JSON.parse(entry.after!)).toMatchObject({ status: "SUBMITTED", title: "修改后的标题" });
  });

  it("keeps a returned activity returned when only saved, and clears the reason on resubmission", async () => {
    const returned = await makeActivity(db, { pairingId: w.pairingA.id, status: "RETURNED" });
    expect(await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id, { title: "补充照片后" }), id: returned.id })).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });
    expect(await db.activity.findUniqueOrThrow({ where: { id: returned.id } })).toMatchObject({ status: "RETURNED", returnReason: "请补充照片", title: "补充照片后" });
    expect(await runAs(db, w.liaisonA, submitActivityAction, { id: returned.id })).toMatchObject({ ok: true });
    expect(await db.activity.findUniqueOrThrow({ where: { id: returned.id } })).toMatchObject({ status: "SUBMITTED", returnReason: null });
  });

  it("keeps an indicator the activity already carried after it was retired", async () => {
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, values: { [w.retired.id]: 4 }, status: "DRAFT" });
    const result = await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id, { [`values.${w.retired.id}`]: "5" }), id: draft.id });
    expect(result).toMatchObject({ ok: true });
  });

  it("refuses a liaison editing their own unit's verified or submitted activity, and changes nothing", async () => {
    for (const status of ["VERIFIED", "SUBMITTED"] as const) {
      const locked = await makeActivity(db, { pairingId: w.pairingA.id, status, title: "已锁定" });
      const edit = await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id, { title: "偷偷修改" }), id: locked.id });
      expect(edit).toMatchObject({ ok: false, error: "此活动已报送或已审核，不能再修改。只有草稿和被退回的活动可以修改。" });
      expect(await runAs(db, w.liaisonA, submitActivityAction, { id: locked.id })).toMatchObject({ ok: false });
      expect((await db.activity.findUniqueOrThrow({ where: { id: locked.id } })).title).toBe("已锁定");
    }
  });

  it("refuses a liaison editing, submitting or deleting another unit's activity as not found", async () => {
    const theirs = await makeActivity(db, { pairingId: w.pairingB.id, title: "别人的草稿", status: "DRAFT" });
    expect(await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingA.id), id: theirs.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, w.liaisonA, submitActivityAction, { id: theirs.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, w.liaisonA, deleteActivityAction, { id: theirs.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await db.activity.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ title: "别人的草稿", status: "DRAFT" });
  });

  it("refuses moving one's own draft onto another unit's pairing", async () => {
    const mine = await makeActivity(db, { pairingId: w.pairingA.id, status: "DRAFT" });
    expect(await runAs(db, w.liaisonA, updateActivityAction, { ...activityForm(w.pairingB.id), id: mine.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect((await db.activity.findUniqueOrThrow({ where: { id: mine.id } })).pairingId).toBe(w.pairingA.id);
  });

  it("deletes a draft but not a submitted activity", async () => {
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, status: "DRAFT" });
    expect(await runAs(db, w.liaisonA, deleteActivityAction, { id: draft.id })).toMatchObject({ ok: true });
    expect(await db.activity.findUnique({ where: { id: draft.id } })).toBeNull();
    const submitted = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED" });
    expect(await runAs(db, w.liaisonA, deleteActivityAction, { id: submitted.id })).toMatchObject({ ok: false, error: "只有草稿可以删除。" });
  });

  it("puts nothing in the official figures before verification", async () => {
    const result = await runAs(db, w.liaisonA, createActivityAction, activityForm(w.pairingA.id, { [`values.${w.count.id}`]: "9", intent: "submit", date: "2011-05-02" }));
    expect(result).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(await db.activityIndicatorValue.count({ where: { activityId: (result as { data: { id: number } }).data.id, value: 9 } })).toBe(1);
    expect(await db.valueAggregate.count()).toBe(0);
  });
});
