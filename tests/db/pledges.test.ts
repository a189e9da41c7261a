// 承诺 → 践诺 → 评诺: every transition, every refusal, the derived overdue state and the village's
// countersign of a fulfilment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import {
  confirmPledgeAction,
  createPledgeAction,
  fulfilPledgeAction,
  reviewPledgeAction,
  startPledgeAction,
  updatePledgeAction,
} from "@/features/pledges/mutations";
import { isPledgeOverdue } from "@/domain/overdue";
import { shanghaiDay } from "@/lib/dates";

import { day, makePledge, runAs, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => {
  ({ db, w } = await createWorldDb());
  await db.$transaction((tx) => tx.unit.update({ where: { id: w.unitA.id }, data: { partyOrgName: "中共测试单位支部" } }));
});
afterAll(async () => db.$disconnect());

const NOT_FOUND = "记录不存在，或您无权查看。";
const FORBIDDEN = "您没有权限进行此操作。";
const form = (pairingId: number, extra: Record<string, unknown> = {}) => ({
  pairingId: String(pairingId),
  pledgerKind: "MEMBER",
  pledgerName: "王丽",
  content: "帮助村里建立党员活动室",
  dueDate: "2011-06-30",
  ...extra,
});

describe("making a pledge", () => {
  it("records a member's pledge for the liaison's own pairing and audits it", async () => {
    const result = await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingA.id));
    expect(result.ok).toBe(true);
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: (result as { data: { id: number } }).data.id } });
    expect(pledge).toMatchObject({ pledgerKind: "MEMBER", pledgerName: "王丽", status: "PROMISED", createdById: w.liaisonA.id });
    expect(shanghaiDay(pledge.dueDate)).toBe("2011-06-30");
    expect(await db.auditEntry.count({ where: { action: "pledge.create", entityId: String(pledge.id) } })).toBe(1);
  });

  it("needs a member's name, but names an organization's pledge after its party organization", async () => {
    expect(await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingA.id, { pledgerName: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { pledgerName: "此项为必填项。" },
    });
    const result = await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingA.id, { pledgerKind: "ORGANIZATION", pledgerName: "" }));
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: (result as { data: { id: number } }).data.id } });
    expect(pledge).toMatchObject({ pledgerKind: "ORGANIZATION", pledgerName: "中共测试单位支部" });
  });

  it("refuses a crafted form for another unit's pairing, and a due date before the pairing started", async () => {
    expect(await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingB.id))).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingA.id, { dueDate: "2010-01-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { dueDate: "承诺完成时间不能早于结对开始日期（2010-06-01）。" },
    });
    expect(await db.pledge.count({ where: { pairingId: w.pairingB.id } })).toBe(0);
  });

  it("refuses a day that does not exist next to its field, instead of saving another day", async () => {
    const before = await db.pledge.count();
    for (const dueDate of ["2011-02-30", "2011-13-01", "2011-6-30"]) {
      expect(await runAs(db, w.liaisonA, createPledgeAction, form(w.pairingA.id, { dueDate }))).toMatchObject({ ok: false, fieldErrors: { dueDate: "请输入有效的日期。" } });
    }
    const open = await makePledge(db, { pairingId: w.pairingA.id });
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: open.id, fulfilledAt: "2011-02-29", evidence: "已完成" })).toMatchObject({
      ok: false,
      fieldErrors: { fulfilledAt: "请输入有效的日期。" },
    });
    expect(await db.pledge.count()).toBe(before + 1);
  });

  it("refuses leaders and villages", async () => {
    for (const user of [w.leader, w.villagerA]) {
      expect(await runAs(db, user, createPledgeAction, form(w.pairingA.id))).toMatchObject({ ok: false, error: FORBIDDEN });
    }
  });
});

describe("keeping a pledge", () => {
  it("goes PROMISED → IN_PROGRESS → FULFILLED with a date and evidence", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id });
    expect(await runAs(db, w.liaisonA, startPledgeAction, { id: pledge.id })).toMatchObject({ ok: true });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).status).toBe("IN_PROGRESS");
    expect(await runAs(db, w.liaisonA, startPledgeAction, { id: pledge.id })).toMatchObject({ ok: false, error: "只有“已承诺”状态的承诺可以开始践诺。" });

    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: "2011-06-20", evidence: "" })).toMatchObject({
      ok: false,
      fieldErrors: { evidence: "此项为必填项。" },
    });
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: "2011-06-20", evidence: "活动室已投入使用" })).toMatchObject({ ok: true });
    const after = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
    expect(after).toMatchObject({ status: "FULFILLED", evidence: "活动室已投入使用" });
    expect(shanghaiDay(after.fulfilledAt!)).toBe("2011-06-20");
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: "2011-06-21", evidence: "再次" })).toMatchObject({
      ok: false,
      error: "此承诺已登记完成。",
    });
  });

  it("may be fulfilled straight from PROMISED, but not on a future date", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id });
    const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: tomorrow, evidence: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { fulfilledAt: "完成日期不能晚于今天。" },
    });
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: "2011-01-05", evidence: "已完成" })).toMatchObject({ ok: true });
  });

  it("can be edited until fulfilled, not after", async () => {
    const open = await makePledge(db, { pairingId: w.pairingA.id });
    expect(await runAs(db, w.liaisonA, updatePledgeAction, { ...form(w.pairingA.id, { content: "改过的内容" }), id: open.id })).toMatchObject({ ok: true });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: open.id } })).content).toBe("改过的内容");
    const done = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    expect(await runAs(db, w.liaisonA, updatePledgeAction, { ...form(w.pairingA.id), id: done.id })).toMatchObject({ ok: false, error: "已完成的承诺不能再修改。" });
  });

  it("refuses a liaison touching another unit's pledge as not found", async () => {
    const theirs = await makePledge(db, { pairingId: w.pairingB.id });
    expect(await runAs(db, w.liaisonA, updatePledgeAction, { ...form(w.pairingA.id), id: theirs.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, w.liaisonA, startPledgeAction, { id: theirs.id })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await runAs(db, w.liaisonA, fulfilPledgeAction, { id: theirs.id, fulfilledAt: "2011-01-05", evidence: "x" })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PROMISED");
  });

  it("is overdue once its due day has passed unfulfilled", () => {
    const now = new Date("2011-07-01T10:00:00+08:00");
    expect(isPledgeOverdue({ status: "IN_PROGRESS", dueDate: day("2011-06-30") }, now)).toBe(true);
    expect(isPledgeOverdue({ status: "IN_PROGRESS", dueDate: day("2011-07-01") }, now)).toBe(false);
    expect(isPledgeOverdue({ status: "FULFILLED", dueDate: day("2011-06-30") }, now)).toBe(false);
  });
});

describe("reviewing (评诺)", () => {
  it("rates a fulfilled pledge, and may revise the rating", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    expect(await runAs(db, w.admin, reviewPledgeAction, { id: pledge.id, rating: "GOOD", comment: "群众满意" })).toMatchObject({ ok: true });
    expect(await runAs(db, w.admin, reviewPledgeAction, { id: pledge.id, rating: "FAIRLY_GOOD", comment: "" })).toMatchObject({ ok: true });
    expect(await db.pledgeReview.findUniqueOrThrow({ where: { pledgeId: pledge.id } })).toMatchObject({ rating: "FAIRLY_GOOD", reviewedById: w.admin.id });
    const entries = await db.auditEntry.findMany({ where: { action: "pledge.review", entityId: String(pledge.id) }, orderBy: { id: "asc" } });
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1].before!)).toMatchObject({ rating: "GOOD" });
  });

  it("refuses an unfulfilled pledge, an unknown rating and anyone but ADMIN", async () => {
    const open = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS" });
    expect(await runAs(db, w.admin, reviewPledgeAction, { id: open.id, rating: "GOOD" })).toMatchObject({ ok: false, error: "只有已完成的承诺可以评议。" });
    const done = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    expect(await runAs(db, w.admin, reviewPledgeAction, { id: done.id, rating: "EXCELLENT" })).toMatchObject({ ok: false, fieldErrors: { rating: "请从列表中选择。" } });
    for (const user of [w.liaisonA, w.leader, w.villagerA]) {
      expect(await runAs(db, user, reviewPledgeAction, { id: done.id, rating: "GOOD" })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await db.pledgeReview.count({ where: { pledgeId: { in: [open.id, done.id] } } })).toBe(0);
  });
});

describe("the village's countersign", () => {
  it("confirms or disputes (with a comment) its own village's fulfilled pledges", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    expect(await runAs(db, w.villagerA, confirmPledgeAction, { id: pledge.id, decision: "DISPUTED" })).toMatchObject({ ok: false, fieldErrors: { comment: "此项为必填项。" } });
    expect(await runAs(db, w.villagerA, confirmPledgeAction, { id: pledge.id, decision: "DISPUTED", comment: "活动室还没有建成" })).toMatchObject({ ok: true });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ confirmation: "DISPUTED", confirmedById: w.villagerA.id });
    expect(await runAs(db, w.villagerA, confirmPledgeAction, { id: pledge.id, decision: "CONFIRMED" })).toMatchObject({ ok: true });
  });

  it("refuses another village's pledge as not found, and an unfulfilled one", async () => {
    const theirs = await makePledge(db, { pairingId: w.pairingB.id, status: "FULFILLED" });
    expect(await runAs(db, w.villagerA, confirmPledgeAction, { id: theirs.id, decision: "CONFIRMED" })).toMatchObject({ ok: false, error: NOT_FOUND });
    const open = await makePledge(db, { pairingId: w.pairingA.id });
    expect(await runAs(db, w.villagerA, confirmPledgeAction, { id: open.id, decision: "CONFIRMED" })).toMatchObject({ ok: false, error: "承诺完成后才能确认。" });
    expect(await runAs(db, w.liaisonA, confirmPledgeAction, { id: open.id, decision: "CONFIRMED" })).toMatchObject({ ok: false, error: FORBIDDEN });
  });

  it("is asked again when a pledge is fulfilled", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS", confirmation: "DISPUTED" });
    await runOk(db, w.liaisonA, fulfilPledgeAction, { id: pledge.id, fulfilledAt: "2011-03-01", evidence: "已完成" });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).confirmation).toBe("PENDING");
  });
});
