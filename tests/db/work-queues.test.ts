// The home page's work queues: each role finds what waits for them, counted, in the right order,
// and nothing of another unit or village.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { workQueuesFor } from "@/features/work-queues/queries";
import { activityListQuery, listActivities } from "@/features/activities/queries";
import { listPledges, pledgeListQuery } from "@/features/pledges/queries";
import { listRectifications, rectificationFiltersOf } from "@/features/supervision/queries-rectifications";
import { asCurrentUser, makeActivity, makeInspection, makePledge } from "../helpers/factories";
import { createWorldDb, makeWorld, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const NOW = new Date("2011-07-01T10:00:00+08:00");

async function queues(user: Parameters<typeof asCurrentUser>[0]) {
  return Object.fromEntries((await workQueuesFor(db, asCurrentUser(user), NOW)).map((q) => [q.key, q]));
}

describe("work queues", () => {
  it("gives ADMIN submitted activities oldest first, disputed items and overdue pledges", async () => {
    const newer = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED", title: "较新" });
    const older = await makeActivity(db, { pairingId: w.pairingB.id, status: "SUBMITTED", title: "较早" });
    await db.$transaction((tx) => tx.activity.update({ where: { id: newer.id }, data: { submittedAt: new Date("2011-06-20T09:00:00+08:00") } }));
    await db.$transaction((tx) => tx.activity.update({ where: { id: older.id }, data: { submittedAt: new Date("2011-06-01T09:00:00+08:00") } }));
    const disputed = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED" });
    await db.$transaction((tx) => tx.activity.update({ where: { id: disputed.id }, data: { confirmation: "DISPUTED", confirmationComment: "人数不符", confirmedAt: NOW } }));
    await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED", confirmation: "DISPUTED" });
    const late = await makePledge(db, { pairingId: w.pairingB.id, status: "IN_PROGRESS", due: "2011-06-30" });
    await makePledge(db, { pairingId: w.pairingB.id, status: "PROMISED", due: "2011-07-01" });
    await makePledge(db, { pairingId: w.pairingB.id, status: "FULFILLED", due: "2011-01-01" });

    const q = await queues(w.admin);
    expect(q.toVerify.count).toBe(2);
    expect(q.toVerify.items.map((i) => i.title)).toEqual(["较早", "较新"]);
    expect(q.disputed.count).toBe(2);
    expect(q.disputed.items.find((i) => i.kind === "activity")?.note).toBe("人数不符");
    expect(q.overduePledges.count).toBe(1);
    expect(q.overduePledges.items[0]).toMatchObject({ id: late.id, overdue: true });
  });

  it("gives a liaison their unit's returned activities, their own drafts and pledges due within 14 days", async () => {
    const returned = await makeActivity(db, { pairingId: w.pairingA.id, status: "RETURNED" });
    await makeActivity(db, { pairingId: w.pairingB.id, status: "RETURNED" });
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, recordedById: w.liaisonA.id, status: "DRAFT" });
    await makeActivity(db, { pairingId: w.pairingA.id, recordedById: w.admin.id, status: "DRAFT" });
    const soon = await makePledge(db, { pairingId: w.pairingA.id, due: "2011-07-15" });
    await makePledge(db, { pairingId: w.pairingA.id, due: "2011-07-16" });
    const late = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS", due: "2011-05-01" });

    const q = await queues(w.liaisonA);
    expect(Object.keys(q)).toEqual(["returned", "disputedMine", "myDrafts", "pledgesDue", "rectificationsToAnswer"]);
    expect(q.returned.items.map((i) => i.id)).toEqual([returned.id]);
    expect(q.returned.items[0].note).toBe("请补充照片");
    expect(q.myDrafts.items.map((i) => i.id)).toEqual([draft.id]);
    expect(q.pledgesDue.items.map((i) => i.id)).toEqual([late.id, soon.id]);
    expect(q.pledgesDue.items.map((i) => i.overdue)).toEqual([true, false]);
  });

  it("gives a liaison their unit's rectification items to answer with their age, and ADMIN the reports to check", async () => {
    const inspection = await makeInspection(db, [w.pairingA.id, w.pairingB.id], {
      rectifications: [
        { pairingId: w.pairingA.id, status: "OPEN", due: "2011-07-20" },
        { pairingId: w.pairingA.id, status: "IN_PROGRESS", due: "2011-06-20" },
        { pairingId: w.pairingA.id, status: "REPORTED", due: "2011-06-01" },
        { pairingId: w.pairingA.id, status: "CLOSED", due: "2011-06-01" },
        { pairingId: w.pairingB.id, status: "OPEN", due: "2011-05-01" },
      ],
    });
    const [open, returned, reported] = inspection.rectifications;
    const mine = (await queues(w.liaisonA)).rectificationsToAnswer;
    expect(mine.count).toBe(2);
    expect(mine.items.map((i) => [i.id, i.overdue, i.daysOverdue])).toEqual([
      [returned.id, true, 11],
      [open.id, false, 0],
    ]);
    const admin = (await queues(w.admin)).rectificationsToCheck;
    expect(admin.items.map((i) => i.id)).toEqual([reported.id]);
  });

  it("gives a village what awaits its confirmation, from its own village only", async () => {
    const world = await makeWorld(db);
    const reported = await makeActivity(db, { pairingId: world.pairingA.id, status: "SUBMITTED" });
    await makeActivity(db, { pairingId: world.pairingA.id, status: "DRAFT" });
    await makeActivity(db, { pairingId: world.pairingA.id, status: "RETURNED" });
    await makeActivity(db, { pairingId: world.pairingB.id, status: "VERIFIED" });
    const fulfilled = await makePledge(db, { pairingId: world.pairingA.id, status: "FULFILLED" });
    await makePledge(db, { pairingId: world.pairingA.id, status: "IN_PROGRESS" });
    await makePledge(db, { pairingId: world.pairingA.id, status: "FULFILLED", confirmation: "CONFIRMED" });

    const q = Object.fromEntries((await workQueuesFor(db, asCurrentUser(world.villagerA), NOW)).map((x) => [x.key, x]));
    expect(q.awaitingActivities.items.map((i) => i.id)).toEqual([reported.id]);
    expect(q.awaitingPledges.items.map((i) => i.id)).toEqual([fulfilled.id]);
  });

  it("has no queues for a leader, whose home page shows the dashboard's figures instead", async () => {
    expect(await workQueuesFor(db, asCurrentUser(w.leader), NOW)).toEqual([]);
  });

  it("opens, from every queue, a list whose total is the queue's count, for every role", async () => {
    const world = await makeWorld(db);
    // The rows that once made a link open more than its queue held: a reviewed fulfilled pledge, a
    // dispute the department already resolved, and an item the liaison reported and now waits on ADMIN.
    const reviewed = await makePledge(db, { pairingId: world.pairingA.id, status: "FULFILLED" });
    await db.$transaction((tx) => tx.pledgeReview.create({ data: { pledgeId: reviewed.id, rating: "GOOD" } }));
    await makePledge(db, { pairingId: world.pairingA.id, status: "FULFILLED" });
    await makePledge(db, { pairingId: world.pairingB.id, status: "FULFILLED", confirmation: "DISPUTED" });
    const resolved = await makeActivity(db, { pairingId: world.pairingA.id, status: "VERIFIED" });
    await db.$transaction((tx) => tx.activity.update({ where: { id: resolved.id }, data: { confirmation: "DISPUTED", confirmedAt: NOW, disputeResolvedAt: NOW } }));
    const open = await makeActivity(db, { pairingId: world.pairingA.id, status: "VERIFIED" });
    await db.$transaction((tx) => tx.activity.update({ where: { id: open.id }, data: { confirmation: "DISPUTED", confirmedAt: NOW } }));
    await makeInspection(db, [world.pairingA.id], {
      rectifications: [
        { pairingId: world.pairingA.id, status: "OPEN", due: "2011-07-20" },
        { pairingId: world.pairingA.id, status: "REPORTED", due: "2011-06-01" },
      ],
    });

    const now = new Date();
    const listTotal = async (user: ReturnType<typeof asCurrentUser>, href: string) => {
      const params = Object.fromEntries(new URL(href, "http://list.invalid").searchParams);
      if (href.startsWith("/activities")) return (await listActivities(db, user, activityListQuery(params))).total;
      if (href.startsWith("/pledges")) return (await listPledges(db, user, pledgeListQuery(params))).total;
      return (await listRectifications(db, user, { ...rectificationFiltersOf(params), page: 1 }, now)).total;
    };
    let checked = 0;
    for (const who of [world.admin, world.liaisonA, world.villagerA]) {
      const user = asCurrentUser(who);
      for (const queue of await workQueuesFor(db, user, now)) {
        const totals = await Promise.all(queue.links.map((l) => listTotal(user, l.href)));
        expect({ queue: queue.key, role: user.role, total: totals.reduce((a, b) => a + b, 0) }).toEqual({ queue: queue.key, role: user.role, total: queue.count });
        checked += 1;
      }
    }
    expect(checked).toBe(12);
    const admin = Object.fromEntries((await workQueuesFor(db, asCurrentUser(world.admin), now)).map((q) => [q.key, q]));
    expect(admin.pledgesToReview.items.map((i) => i.id)).not.toContain(reviewed.id);
    expect(admin.disputed.items.filter((i) => i.kind === "activity").map((i) => i.id)).not.toContain(resolved.id);
  });
});
