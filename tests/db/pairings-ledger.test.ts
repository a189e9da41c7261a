// Reading pairings on a real database: who sees which pairings and ledgers (another unit's ledger is
// not found, never shown), what the ledger holds, newest first, its figures, and that it costs a
// fixed handful of queries however long it grows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import type { CurrentUser } from "@/server/current-user";
import { getLedger, LEDGER_PAGE_SIZE, ledgerPage } from "@/features/pairings/ledger";
import { listMyPairings, listPairings } from "@/features/pairings/queries";
import { isPledgeOverdue } from "@/domain/overdue";
import { shanghaiDay } from "@/lib/dates";
import { countingDb, createTestDb } from "../helpers/test-db";
import { asCurrentUser, day, makeActivity, makeIndicator, makeInspection, makePairing, makePledge, makeSurvey, makeUser, makeVisit, TIELI_REGION_ID } from "../helpers/factories";
import { makeWorld } from "../helpers/world";

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.$disconnect());

/** Two units (an organ and an enterprise), each paired with its own village, and one user of every role. */
async function twoPairs() {
  const w = await makeWorld(db);
  await db.$transaction((tx) => tx.unit.update({ where: { id: w.unitB.id }, data: { kind: "ENTERPRISE" } }));
  return { ...w, admin: asCurrentUser(w.admin), leader: asCurrentUser(w.leader), liaisonA: asCurrentUser(w.liaisonA), villageA_user: asCurrentUser(w.villagerA) };
}

describe("who may read a ledger", () => {
  it("gives a liaison their own unit's ledger and not another unit's", async () => {
    const s = await twoPairs();
    expect((await getLedger(db, s.liaisonA, s.pairingA.id))?.pairing.id).toBe(s.pairingA.id);
    expect(await getLedger(db, s.liaisonA, s.pairingB.id)).toBeNull();
  });

  it("gives a village secretary their village's ledger only", async () => {
    const s = await twoPairs();
    expect((await getLedger(db, s.villageA_user, s.pairingA.id))?.pairing.village.id).toBe(s.villageA.id);
    expect(await getLedger(db, s.villageA_user, s.pairingB.id)).toBeNull();
  });

  it("gives a leader and the organization department every ledger", async () => {
    const s = await twoPairs();
    for (const user of [s.leader, s.admin]) {
      expect(await getLedger(db, user, s.pairingA.id)).not.toBeNull();
      expect(await getLedger(db, user, s.pairingB.id)).not.toBeNull();
    }
  });

  it("shows a liaison without a unit nothing at all", async () => {
    const s = await twoPairs();
    const orphan = asCurrentUser(await makeUser(db, "LIAISON"));
    expect(await getLedger(db, orphan, s.pairingA.id)).toBeNull();
    expect((await listPairings(db, orphan, { q: "", sort: "unit", dir: "asc", page: 1 })).total).toBe(0);
  });
});

describe("the ledger", () => {
  it("lists activities, pledges, visits, inspections with their rectifications and the village's surveys, newest first", async () => {
    const s = await twoPairs();
    const id = s.pairingA.id;
    await makeActivity(db, { pairingId: id, day: "2010-09-01", title: "最早的活动", status: "VERIFIED" });
    await makePledge(db, { pairingId: id, createdAt: day("2010-10-01") });
    await makeVisit(db, id, "2011-02-01");
    const inspection = await makeInspection(db, [id, s.pairingB.id], { day: "2011-04-20" });
    await makeSurvey(db, { villageId: s.villageA.id, round: "2011-07" });
    await makeActivity(db, { pairingId: s.pairingB.id, title: "别的结对的活动", status: "VERIFIED" });
    const ledger = (await getLedger(db, s.admin, id))!;
    expect(ledger.entries.map((e) => e.kind)).toEqual(["survey", "inspection", "visit", "pledge", "activity"]);
    const found = ledger.entries.find((e) => e.kind === "inspection");
    expect(found?.kind === "inspection" && found.inspection.rectifications.map((r) => r.id)).toEqual(inspection.rectifications.map((r) => r.id));
    expect(JSON.stringify(ledger.entries)).not.toContain("别的结对的活动");
  });

  it("shows rectifications meant for another pairing of the same inspection only in that pairing's ledger", async () => {
    const s = await twoPairs();
    const inspection = await makeInspection(db, [s.pairingB.id, s.pairingA.id]);
    const ledgerA = (await getLedger(db, s.admin, s.pairingA.id))!;
    const entry = ledgerA.entries.find((e) => e.kind === "inspection" && e.inspection.id === inspection.id);
    expect(entry?.kind === "inspection" && entry.inspection.rectifications).toEqual([]);
  });

  it("carries indicator values with their labels, in catalogue order", async () => {
    const s = await twoPairs();
    const money = await makeIndicator(db, { labelZh: "争取项目资金", unitZh: "元", isMoney: true, sortOrder: 2 });
    const trainings = await makeIndicator(db, { labelZh: "送技术下乡", unitZh: "次", sortOrder: 1 });
    await makeActivity(db, { pairingId: s.pairingA.id, values: { [money.id]: 1_280_000, [trainings.id]: 6 }, status: "VERIFIED" });
    const ledger = (await getLedger(db, s.leader, s.pairingA.id))!;
    const activity = ledger.entries.find((e) => e.kind === "activity");
    expect(activity?.kind === "activity" && activity.activity.values.map((v) => [v.indicator.labelZh, v.value])).toEqual([
      ["送技术下乡", 6],
      ["争取项目资金", 1_280_000],
    ]);
  });

  it("counts verified activities per content area and the days since the last verified one", async () => {
    const s = await twoPairs();
    const id = s.pairingA.id;
    await makeActivity(db, { pairingId: id, area: "ORG_LIFE", day: "2011-08-01", status: "VERIFIED" });
    await makeActivity(db, { pairingId: id, area: "ORG_LIFE", day: "2011-06-01", status: "VERIFIED" });
    await makeActivity(db, { pairingId: id, area: "DEVELOPMENT", day: "2011-07-01", status: "VERIFIED" });
    await makeActivity(db, { pairingId: id, area: "DEVELOPMENT", day: "2011-08-20", status: "SUBMITTED" });
    await makeActivity(db, { pairingId: id, area: "CARRIER", day: "2011-08-25", status: "RETURNED" });
    const ledger = (await getLedger(db, s.admin, id, { now: day("2011-08-31") }))!;
    expect(ledger.summary.areaCounts).toEqual({ ORG_LIFE: 2, MEMBER_TEAM: 0, CARRIER: 0, MASS_SERVICE: 0, RESOURCE_SHARE: 0, DEVELOPMENT: 1 });
    expect(ledger.summary).toMatchObject({ verifiedCount: 3, pendingCount: 1, daysSinceLastVerified: 30, lastVerifiedAt: day("2011-08-01") });
  });

  it("has no last verified activity while nothing is verified", async () => {
    const s = await twoPairs();
    await makeActivity(db, { pairingId: s.pairingA.id, status: "SUBMITTED" });
    expect((await getLedger(db, s.admin, s.pairingA.id))!.summary).toMatchObject({ verifiedCount: 0, daysSinceLastVerified: null, lastVerifiedAt: null });
  });

  it("derives overdue pledges: due date passed and not fulfilled", async () => {
    const s = await twoPairs();
    const id = s.pairingA.id;
    await makePledge(db, { pairingId: id, due: "2011-05-01", status: "IN_PROGRESS" });
    await makePledge(db, { pairingId: id, due: "2011-05-01", status: "FULFILLED" });
    await makePledge(db, { pairingId: id, due: "2011-12-01", status: "PROMISED" });
    const ledger = (await getLedger(db, s.admin, id, { now: day("2011-08-31") }))!;
    const overdue = ledger.entries.flatMap((e) => (e.kind === "pledge" ? [[e.pledge.status, e.pledge.overdue]] : []));
    expect(overdue).toEqual(expect.arrayContaining([["IN_PROGRESS", true], ["FULFILLED", false], ["PROMISED", false]]));
    expect(ledger.summary).toMatchObject({ pledgeCount: 3, pledgesFulfilled: 1, pledgesOverdue: 1 });
  });

  it("calls a pledge or a rectification overdue only once its due day has passed, as the pledge list does", async () => {
    const s = await twoPairs();
    const id = s.pairingA.id;
    const dueDays = ["2011-08-30", "2011-08-31", "2011-09-01"];
    for (const dueDate of dueDays) await makePledge(db, { pairingId: id, due: dueDate, status: "IN_PROGRESS" });
    const inspection = await makeInspection(db, [id], { day: "2011-08-01" });
    await db.$transaction((tx) => tx.rectification.createMany({ data: dueDays.slice(0, 2).map((d) => ({ inspectionId: inspection.id, pairingId: id, description: `到期 ${d}`, dueDate: day(d) })) }));
    // In the afternoon of the due day of the second pledge and rectification.
    const now = new Date("2011-08-31T15:00:00+08:00");
    const ledger = (await getLedger(db, s.admin, id, { now }))!;
    const pledges = ledger.entries.flatMap((e) => (e.kind === "pledge" ? [[shanghaiDay(e.pledge.dueDate), e.pledge.overdue]] : [])).sort();
    expect(pledges).toEqual([["2011-08-30", true], ["2011-08-31", false], ["2011-09-01", false]]);
    for (const e of ledger.entries) if (e.kind === "pledge") expect(e.pledge.overdue).toBe(isPledgeOverdue(e.pledge, now));
    const rectifications = ledger.entries.flatMap((e) => (e.kind === "inspection" ? e.inspection.rectifications.map((r) => [shanghaiDay(r.dueDate), r.overdue]) : [])).sort();
    // The factory's own item falls due on 2011-05-20.
    expect(rectifications).toEqual([["2011-05-20", true], ["2011-08-30", true], ["2011-08-31", false]]);
    expect(ledger.summary.pledgesOverdue).toBe(1);
  });

  it("shows the unit's drafts to its liaison and their own drafts to others, and files verified work only", async () => {
    const s = await twoPairs();
    const id = s.pairingA.id;
    await makeActivity(db, { pairingId: id, status: "DRAFT", title: "草稿活动" });
    const adminDraft = await makeActivity(db, { pairingId: id, status: "DRAFT", title: "组织部代录草稿" });
    await db.$transaction((tx) => tx.activity.update({ where: { id: adminDraft.id }, data: { recordedById: s.admin.id } }));
    await makeActivity(db, { pairingId: id, status: "SUBMITTED", title: "待审活动" });
    await makeActivity(db, { pairingId: id, status: "VERIFIED", title: "已审活动" });
    const titles = async (user: CurrentUser, verifiedOnly = false) =>
      (await getLedger(db, user, id, { verifiedOnly }))!.entries.flatMap((e) => (e.kind === "activity" ? [e.activity.title] : [])).sort();
    expect(await titles(s.liaisonA)).toEqual(["已审活动", "待审活动", "草稿活动", "组织部代录草稿"].sort());
    expect(await titles(s.admin)).toEqual(["已审活动", "待审活动", "组织部代录草稿"].sort());
    expect(await titles(s.leader)).toEqual(["已审活动", "待审活动"].sort());
    expect(await titles(s.villageA_user)).toEqual(["已审活动", "待审活动"].sort());
    expect(await titles(s.admin, true)).toEqual(["已审活动"]);
  });

  it("costs the same handful of queries for a long ledger as for a short one", async () => {
    const s = await twoPairs();
    const indicator = await makeIndicator(db);
    const measure = async (pairingId: number) => {
      const { db: counted, counter } = countingDb(db);
      await getLedger(counted, s.admin, pairingId);
      return counter.operations;
    };
    const short = await measure(s.pairingA.id);
    for (let i = 0; i < 25; i++) {
      await makeActivity(db, { pairingId: s.pairingB.id, values: { [indicator.id]: i + 1 }, status: "VERIFIED" });
      await makePledge(db, { pairingId: s.pairingB.id });
    }
    await makeInspection(db, [s.pairingB.id]);
    const long = await measure(s.pairingB.id);
    expect(long).toBe(short);
    // The pairing, then activities, pledges, visits, inspections and surveys: one operation each.
    expect(long).toBe(6);
  });
});

describe("the ledger on screen", () => {
  it("shows a page of entries at a time, newest first, the pages joining up; the figures count them all", async () => {
    const s = await twoPairs();
    const count = LEDGER_PAGE_SIZE + 7;
    for (let i = 0; i < count; i++) await makeActivity(db, { pairingId: s.pairingA.id, status: "VERIFIED", day: shanghaiDay(new Date(Date.UTC(2011, 0, 1 + i))) });
    const ledger = (await getLedger(db, s.admin, s.pairingA.id))!;
    const first = ledgerPage(ledger, {});
    const second = ledgerPage(ledger, { page: "2" });
    expect(first.entries).toHaveLength(LEDGER_PAGE_SIZE);
    expect(second.entries).toHaveLength(7);
    expect([...first.entries, ...second.entries]).toEqual(ledger.entries);
    expect(shanghaiDay(first.entries[0].date)).toBe(shanghaiDay(new Date(Date.UTC(2011, 0, count))));
    expect(first.total).toBe(count);
    expect(ledger.summary.verifiedCount).toBe(count);
    expect(ledgerPage(ledger, { size: "100" }).entries).toHaveLength(count);
  });
});

describe("pairing lists", () => {
  it("give a liaison and a village secretary only their own pairings", async () => {
    const s = await twoPairs();
    const query = { q: "", sort: "unit" as const, dir: "asc" as const, page: 1 };
    expect((await listPairings(db, s.liaisonA, query)).rows.map((p) => p.id)).toEqual([s.pairingA.id]);
    expect((await listPairings(db, s.villageA_user, query)).rows.map((p) => p.id)).toEqual([s.pairingA.id]);
    expect((await listMyPairings(db, s.liaisonA)).map((p) => p.id)).toEqual([s.pairingA.id]);
    expect((await listMyPairings(db, s.villageA_user)).map((p) => p.id)).toEqual([s.pairingA.id]);
  });

  it("give a leader their contact points as their own pairings, and the organization department none", async () => {
    const s = await twoPairs();
    await db.$transaction((tx) => tx.pairing.update({ where: { id: s.pairingB.id }, data: { contactLeaderId: s.leader.id } }));
    expect((await listMyPairings(db, s.leader)).map((p) => p.id)).toEqual([s.pairingB.id]);
    expect(await listMyPairings(db, s.admin)).toEqual([]);
  });

  it("filter by township, status and unit kind, and carry the date of the last verified activity", async () => {
    const s = await twoPairs();
    await makeActivity(db, { pairingId: s.pairingA.id, day: "2011-03-03", status: "VERIFIED" });
    await makeActivity(db, { pairingId: s.pairingA.id, day: "2011-05-05", status: "SUBMITTED" });
    const base = { q: "", townshipId: s.township.id, sort: "startDate" as const, dir: "asc" as const, page: 1 };
    const all = await listPairings(db, s.leader, base);
    expect(all.total).toBe(2);
    expect(all.rows.find((p) => p.id === s.pairingA.id)?.lastVerifiedAt).toEqual(day("2011-03-03"));
    expect(all.rows.find((p) => p.id === s.pairingB.id)?.lastVerifiedAt).toBeNull();
    expect((await listPairings(db, s.leader, { ...base, unitKind: "ENTERPRISE" })).rows.map((p) => p.id)).toEqual([s.pairingB.id]);
    await db.$transaction((tx) => tx.pairing.update({ where: { id: s.pairingB.id }, data: { status: "ENDED", activeKey: null, endDate: day("2011-01-01") } }));
    expect((await listPairings(db, s.leader, { ...base, status: "ENDED" })).rows.map((p) => p.id)).toEqual([s.pairingB.id]);
    expect((await listPairings(db, s.leader, { ...base, status: "ACTIVE" })).rows.map((p) => p.id)).toEqual([s.pairingA.id]);
  });

  it("search the unit's and the village's names", async () => {
    const s = await twoPairs();
    const unit = await db.$transaction((tx) => tx.unit.create({ data: { name: "市档案局", searchText: "市档案局", kind: "ORGAN", regionId: TIELI_REGION_ID } }));
    const village = await db.$transaction((tx) => tx.village.create({ data: { name: "青山村", searchText: "青山村 某镇", townshipId: s.township.id } }));
    const pairing = await makePairing(db, unit.id, village.id);
    const query = { q: "", sort: "unit" as const, dir: "asc" as const, page: 1 };
    expect((await listPairings(db, s.admin, { ...query, q: "档案" })).rows.map((p) => p.id)).toEqual([pairing.id]);
    expect((await listPairings(db, s.admin, { ...query, q: "青山" })).rows.map((p) => p.id)).toEqual([pairing.id]);
  });
});

describe("the photos the filed ledger prints", () => {
  it("carries an activity's first four photos in upload order and counts all its photos, not its documents", async () => {
    const s = await twoPairs();
    const activity = await makeActivity(db, { pairingId: s.pairingA.id, status: "VERIFIED" });
    const file = (i: number, mimeType: string) => ({ activityId: activity.id, fileName: `照片${i}`, mimeType, size: 10, storageKey: `2011-03/ledger-photo-${activity.id}-${i}` });
    await db.$transaction(async (tx) => {
      for (let i = 1; i <= 6; i++) await tx.attachment.create({ data: file(i, "image/jpeg") });
      await tx.attachment.create({ data: file(7, "application/pdf") });
    });
    const ledger = await getLedger(db, s.admin, s.pairingA.id, { verifiedOnly: true });
    const entry = ledger?.entries.find((e) => e.kind === "activity" && e.activity.id === activity.id);
    if (entry?.kind !== "activity") throw new Error("the activity is not in the ledger");
    expect(entry.activity.attachments.map((a) => a.fileName)).toEqual(["照片1", "照片2", "照片3", "照片4"]);
    expect(entry.activity._count.attachments).toBe(6);
  });
});
