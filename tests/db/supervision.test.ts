// 督查 → 整改 → 销号 and 联系点走访: recording inspections and items, the liaison's report with
// evidence, closing or sending back, every refusal (wrong role, wrong unit, wrong status) with
// nothing written, overdue per unit, and each leader's visits against the target.
import { pairingScope } from "@/domain/visibility";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { createInspectionAction, createRectificationAction } from "@/features/supervision/mutations-inspections";
import { closeRectificationAction, reportRectificationAction, returnRectificationAction } from "@/features/supervision/mutations-rectifications";
import { assignContactPointAction, createVisitAction } from "@/features/supervision/mutations-visits";
import { getRectificationForReader, listRectifications, rectificationsByUnit } from "@/features/supervision/queries-rectifications";
import { leaderSummaries, myContactWork } from "@/features/supervision/queries-visits";
import { countOverdueRectifications } from "@/features/dashboard/queries/headline";
import { openRectificationSources } from "@/features/dashboard/queries/sources/record-sources";
import { shanghaiDay } from "@/lib/dates";
import { filterFor } from "../helpers/dashboard-filter";
import { asCurrentUser, makeInspection, makeUnit, makeUser, makePairing, makeVillage, makeVisit, runAs, runOk } from "../helpers/factories";
import { closeWorldDb, createWorldDbWithUploads, fileOf, makeWorld, type World } from "../helpers/world";
import { createTestDb } from "../helpers/test-db";

let db: Db;
let w: World;
let uploads: string;
beforeAll(async () => ({ db, w, uploads } = await createWorldDbWithUploads()));
afterAll(() => closeWorldDb(db, uploads));

const NOT_FOUND = "记录不存在，或您无权查看。";
const FORBIDDEN = "您没有权限进行此操作。";

const inspectionForm = (extra: Record<string, unknown> = {}) => ({
  date: "2011-04-20",
  kind: "PATROL",
  inspectors: "韩志刚、孙丽",
  pairingIds: [String(w.pairingA.id), String(w.pairingB.id)],
  findings: "部分对子台帐记录不全。",
  ...extra,
});

async function newItem(pairingId = w.pairingA.id, due = "2011-05-20") {
  const { id: inspectionId } = await runOk(db, w.admin, createInspectionAction, inspectionForm());
  return runOk(db, w.admin, createRectificationAction, { inspectionId: String(inspectionId), pairingId: String(pairingId), description: "补齐活动台帐", dueDate: due });
}

describe("recording an inspection and its rectification items", () => {
  it("records the inspection with the pairings it covered, and audits it", async () => {
    const { id } = await runOk(db, w.admin, createInspectionAction, inspectionForm());
    const inspection = await db.inspection.findUniqueOrThrow({ where: { id }, include: { pairings: true } });
    expect(inspection).toMatchObject({ kind: "PATROL", inspectors: "韩志刚、孙丽", findings: "部分对子台帐记录不全。" });
    expect(inspection.pairings.map((p) => p.pairingId).sort()).toEqual([w.pairingA.id, w.pairingB.id].sort());
    expect(await db.auditEntry.count({ where: { action: "inspection.create", entityId: String(id) } })).toBe(1);
  });

  it("needs at least one pairing, known pairings, a kind and no day in the future, each beside its field", async () => {
    const before = await db.inspection.count();
    expect(await runAs(db, w.admin, createInspectionAction, inspectionForm({ pairingIds: [] }))).toMatchObject({ ok: false, fieldErrors: { pairingIds: "请至少选择一个督查涉及的结对。" } });
    expect(await runAs(db, w.admin, createInspectionAction, inspectionForm({ pairingIds: ["999999"] }))).toMatchObject({ ok: false, fieldErrors: { pairingIds: "所选结对不存在。" } });
    expect(await runAs(db, w.admin, createInspectionAction, inspectionForm({ kind: "" }))).toMatchObject({ ok: false, fieldErrors: { kind: "请从列表中选择。" } });
    expect(await runAs(db, w.admin, createInspectionAction, inspectionForm({ date: "2099-01-01" }))).toMatchObject({ ok: false, fieldErrors: { date: "日期不能晚于今天。" } });
    expect(await db.inspection.count()).toBe(before);
  });

  it("raises an item only against a pairing the inspection covered, due no earlier than the inspection", async () => {
    const { id: inspectionId } = await runOk(db, w.admin, createInspectionAction, inspectionForm({ pairingIds: [String(w.pairingA.id)] }));
    const item = (extra: Record<string, unknown>) => ({ inspectionId: String(inspectionId), pairingId: String(w.pairingA.id), description: "补齐台帐", dueDate: "2011-05-20", ...extra });
    expect(await runAs(db, w.admin, createRectificationAction, item({ pairingId: String(w.pairingB.id) }))).toMatchObject({ ok: false, fieldErrors: { pairingId: "该结对不在本次督查范围内。" } });
    expect(await runAs(db, w.admin, createRectificationAction, item({ dueDate: "2011-04-19" }))).toMatchObject({ ok: false, fieldErrors: { dueDate: "整改期限不能早于督查日期（2011-04-20）。" } });
    expect(await db.rectification.count({ where: { inspectionId } })).toBe(0);
    const { id } = await runOk(db, w.admin, createRectificationAction, item({}));
    expect(await db.rectification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", pairingId: w.pairingA.id, description: "补齐台帐" });
  });

  it("refuses leaders, liaisons and villages, writing nothing", async () => {
    const before = [await db.inspection.count(), await db.rectification.count()];
    const { rectifications } = await makeInspection(db, [w.pairingA.id]);
    const afterFactory = [await db.inspection.count(), await db.rectification.count()];
    for (const user of [w.leader, w.liaisonA, w.villagerA]) {
      expect(await runAs(db, user, createInspectionAction, inspectionForm())).toMatchObject({ ok: false, error: FORBIDDEN });
      const item = { inspectionId: String(rectifications[0].inspectionId), pairingId: String(w.pairingA.id), description: "x", dueDate: "2011-05-20" };
      expect(await runAs(db, user, createRectificationAction, item)).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect([await db.inspection.count(), await db.rectification.count()]).toEqual(afterFactory);
    expect(afterFactory).toEqual([before[0] + 1, before[1] + 1]);
  });
});

describe("the rectification loop", () => {
  it("goes from the liaison's report with evidence to being sent back, reported again and closed", async () => {
    const { id } = await newItem();
    const report = await runAs(db, w.liaisonA, reportRectificationAction, { id: String(id), reportText: "已补齐2011年上半年台帐。", files: [fileOf.png("整改照片.png")] });
    expect(report.ok).toBe(true);
    let item = await db.rectification.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
    expect(item).toMatchObject({ status: "REPORTED", reportText: "已补齐2011年上半年台帐。", reportedById: w.liaisonA.id });
    expect(item.attachments.map((a) => a.fileName)).toEqual(["整改照片.png"]);

    await runOk(db, w.admin, returnRectificationAction, { id: String(id), returnReason: "缺少村党支部签字。" });
    item = await db.rectification.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
    expect(item).toMatchObject({ status: "IN_PROGRESS", returnReason: "缺少村党支部签字。", closedAt: null });
    // The liaison sees why, and reports again keeping the first photo and adding a PDF.
    const seen = await getRectificationForReader(db, asCurrentUser(w.liaisonA), id);
    expect(seen?.returnReason).toBe("缺少村党支部签字。");
    await runOk(db, w.liaisonA, reportRectificationAction, { id: String(id), reportText: "已补签字。", files: [fileOf.pdf("签字页.pdf")] });

    await runOk(db, w.admin, closeRectificationAction, { id: String(id), closureNote: "经核查，整改到位。" });
    item = await db.rectification.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
    expect(item).toMatchObject({ status: "CLOSED", closureNote: "经核查，整改到位。", returnReason: null, reportText: "已补签字。" });
    expect(item.closedAt).not.toBeNull();
    expect(item.attachments.map((a) => a.fileName).sort()).toEqual(["整改照片.png", "签字页.pdf"].sort());
    const actions = (await db.auditEntry.findMany({ where: { entity: "Rectification", entityId: String(id) }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["rectification.create", "rectification.report", "rectification.return", "rectification.report", "rectification.close"]);
  });

  it("keeps another unit's item from a liaison: not found, not readable, nothing written", async () => {
    const { id } = await newItem(w.pairingB.id);
    expect(await runAs(db, w.liaisonA, reportRectificationAction, { id: String(id), reportText: "冒报" })).toMatchObject({ ok: false, error: NOT_FOUND });
    expect(await getRectificationForReader(db, asCurrentUser(w.liaisonA), id)).toBeNull();
    expect((await listRectifications(db, asCurrentUser(w.liaisonA), { page: 1 })).rows.every((r) => r.pairing?.unit.id === w.unitA.id)).toBe(true);
    expect(await db.rectification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", reportText: null });
  });

  it("lets only the department close or send back, and only a reported item; leaders and villages report nothing", async () => {
    const { id } = await newItem();
    expect(await runAs(db, w.admin, closeRectificationAction, { id: String(id), closureNote: "x" })).toMatchObject({ ok: false, error: "只有已报告整改情况的事项才能销号或退回。" });
    await runOk(db, w.liaisonA, reportRectificationAction, { id: String(id), reportText: "已整改" });
    for (const user of [w.liaisonA, w.leader, w.villagerA]) {
      expect(await runAs(db, user, closeRectificationAction, { id: String(id), closureNote: "x" })).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, returnRectificationAction, { id: String(id), returnReason: "x" })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    for (const user of [w.leader, w.villagerA]) {
      expect(await runAs(db, user, reportRectificationAction, { id: String(id), reportText: "x" })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    // Reported once, it waits for the check: a second report is refused.
    expect(await runAs(db, w.liaisonA, reportRectificationAction, { id: String(id), reportText: "再报" })).toMatchObject({ ok: false, error: "该事项已报告或已销号，不能再报告。" });
    expect(await runAs(db, w.admin, returnRectificationAction, { id: String(id), returnReason: "" })).toMatchObject({ ok: false, fieldErrors: { returnReason: "此项为必填项。" } });
    expect(await db.rectification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REPORTED", reportText: "已整改", returnReason: null });
  });

  it("flags overdue items in the list and counts them per responsible unit", async () => {
    const township = w.township.id;
    const unit = await makeUnit(db);
    const village = await makeVillage(db, township);
    const pairing = await makePairing(db, unit.id, village.id);
    const liaison = await makeUser(db, "LIAISON", { unitId: unit.id });
    await makeInspection(db, [pairing.id], {
      rectifications: [
        { pairingId: pairing.id, status: "OPEN", due: "2011-05-01" },
        { pairingId: pairing.id, status: "REPORTED", due: "2011-05-01" },
        { pairingId: pairing.id, status: "CLOSED", due: "2011-05-01" },
        { pairingId: pairing.id, status: "OPEN", due: "2011-09-01" },
      ],
    });
    const now = new Date("2011-06-01T04:00:00Z");
    const mine = asCurrentUser(liaison);
    expect((await listRectifications(db, mine, { due: "overdue", page: 1 }, now)).total).toBe(2);
    expect((await listRectifications(db, mine, { due: "pending", page: 1 }, now)).total).toBe(3);
    const units = await rectificationsByUnit(db, asCurrentUser(w.admin), now);
    expect(units.find((u) => u.unitId === unit.id)).toEqual({ unitId: unit.id, unitName: unit.name, pending: 3, overdue: 2, closed: 1 });
    // The liaison's per-unit listing holds their unit only.
    expect((await rectificationsByUnit(db, mine, now)).map((u) => u.unitId)).toEqual([unit.id]);
    expect((await listRectifications(db, asCurrentUser(w.admin), { unitId: unit.id, due: "overdue", page: 1 }, now)).total).toBe(2);
    // The dashboard counts the same two for this unit's liaison, and its source page lists exactly them.
    const filter = filterFor(liaison, { from: "2011-04-01", to: "2011-04-30" });
    expect(await countOverdueRectifications(db, filter, "2011-06-01")).toBe(2);
    const sources = await openRectificationSources(db, filter, { page: 1, pageSize: 100 }, "2011-06-01");
    expect(sources.count).toBe(2);
    expect(sources.rows.map((r) => shanghaiDay(r.dueDate))).toEqual(["2011-05-01", "2011-05-01"]);
    expect(await countOverdueRectifications(db, filter, "2011-05-01")).toBe(0);
  });
});

describe("leaders' contact points and visits", () => {
  it("records a visit under the pairing's contact leader's account, and refuses everyone but the department", async () => {
    await runOk(db, w.admin, assignContactPointAction, { pairingId: String(w.pairingA.id), leaderUserId: String(w.leader.id), leaderName: "" });
    const leaderName = (await db.user.findUniqueOrThrow({ where: { id: w.leader.id } })).displayName;
    expect(await db.pairing.findUniqueOrThrow({ where: { id: w.pairingA.id } })).toMatchObject({ contactLeaderId: w.leader.id, contactLeaderName: leaderName });
    const form = { date: "2011-05-06", pairingId: String(w.pairingA.id), leaderName, notes: "听取汇报，协调解决村路维修资金。" };
    const { id } = await runOk(db, w.admin, createVisitAction, form);
    expect(await db.leaderVisit.findUniqueOrThrow({ where: { id } })).toMatchObject({ leaderUserId: w.leader.id, leaderName, notes: form.notes });
    const before = await db.leaderVisit.count();
    for (const user of [w.leader, w.liaisonA, w.villagerA]) {
      expect(await runAs(db, user, createVisitAction, form)).toMatchObject({ ok: false, error: FORBIDDEN });
      expect(await runAs(db, user, assignContactPointAction, { pairingId: String(w.pairingB.id), leaderName: "某领导" })).toMatchObject({ ok: false, error: FORBIDDEN });
    }
    expect(await runAs(db, w.admin, createVisitAction, { ...form, date: "2010-05-01" })).toMatchObject({ ok: false, fieldErrors: { date: "走访日期不能早于结对开始日期（2010-06-01）。" } });
    expect(await runAs(db, w.admin, createVisitAction, { ...form, notes: "" })).toMatchObject({ ok: false, fieldErrors: { notes: "此项为必填项。" } });
    expect(await runAs(db, w.admin, assignContactPointAction, { pairingId: String(w.pairingB.id), leaderName: "" })).toMatchObject({ ok: false, fieldErrors: { leaderName: "请选择领导或填写领导姓名。" } });
    expect(await db.leaderVisit.count()).toBe(before);
    expect((await db.pairing.findUniqueOrThrow({ where: { id: w.pairingB.id } })).contactLeaderName).toBe("");
  });

  it("sets each leader's visits against one per contact point per quarter, with the last visit and the points never visited", async () => {
    const db2 = await createTestDb();
    const world = await makeWorld(db2);
    await db2.$transaction((tx) =>
      tx.pairing.updateMany({ where: { id: { in: [world.pairingA.id, world.pairingB.id] } }, data: { contactLeaderName: "李振华 (市委常委、组织部部长)" } }),
    );
    await db2.$transaction((tx) => tx.pairing.update({ where: { id: world.pairingA.id }, data: { contactLeaderId: world.leader.id } }));
    for (const [pairingId, day] of [[world.pairingA.id, "2011-02-10"], [world.pairingA.id, "2011-05-06"], [world.pairingA.id, "2010-12-01"]] as const) {
      await db2.$transaction((tx) => tx.leaderVisit.create({ data: { pairingId, date: new Date(`${day}T02:00:00Z`), leaderName: "李振华 (市委常委、组织部部长)", leaderUserId: world.leader.id } }));
    }
    await makeVisit(db2, world.pairingB.id, "2011-03-03"); // another leader's visit: not Li's
    const [li] = await leaderSummaries(db2, { from: "2011-01-01", to: "2011-06-30" }, pairingScope(asCurrentUser(world.admin)));
    expect(li.leader).toBe("李振华 (市委常委、组织部部长)");
    expect(li.contactPoints.length).toBe(2);
    expect(li.target).toBe(4); // 2 contact points × 2 quarters
    expect(li.made).toBe(2); // the December visit lies outside the period
    expect(shanghaiDay(li.lastVisit!)).toBe("2011-05-06");
    expect(li.neverVisited.map((c) => c.pairingId)).toEqual([world.pairingB.id]);
    // The leader's own page: the contact point bound to their account, and their visits.
    const mine = await myContactWork(db2, asCurrentUser(world.leader), { from: "2011-01-01", to: "2011-06-30" });
    expect(mine.summaries.map((s) => s.contactPoints.map((c) => c.pairingId))).toEqual([[world.pairingA.id]]);
    expect(mine.visits.map((v) => shanghaiDay(v.date))).toEqual(["2011-05-06", "2011-02-10", "2010-12-01"]);
    await db2.$disconnect();
  });
});
