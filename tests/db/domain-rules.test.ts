// Each rule of src/domain that is both a predicate on a row and a Prisma `where` selects exactly the
// same rows both ways, on a real database, at the edges that matter (the due day itself, midnight in
// Shanghai); and what a reader sees of activities is the one visibility rule everywhere, the
// dashboard's sources included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, editableWhere, isEditable, isReported, reportedWhere } from "@/domain/activity-status";
import { isPledgeOverdue, isRectificationOverdue, pledgeDueSoonWhere, pledgeOverdueWhere, rectificationOverdueWhere } from "@/domain/overdue";
import { activityVisibility } from "@/domain/visibility";
import { addDays, shanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { listActivities } from "@/features/activities/queries";
import { activitySources } from "@/features/dashboard/queries/sources/activity-sources";
import { filterFor } from "../helpers/dashboard-filter";
import { asCurrentUser, day, makeActivity, makeInspection, makePledge, makeUser } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe("overdue, as a predicate and as a where", () => {
  // Around the due days 2011-06-29 … 2011-07-03, at the first and last instants of a Shanghai day.
  const instants = ["2011-07-01T00:00:00+08:00", "2011-07-01T23:59:59+08:00", "2011-06-30T16:00:00Z", "2011-07-02T00:00:00+08:00"].map((s) => new Date(s));
  const dueDays = ["2011-06-29", "2011-06-30", "2011-07-01", "2011-07-02", "2011-07-03", "2011-07-16", "2011-07-17"];

  it("selects the same pledges (overdue, and due soon = overdue or due within 14 days)", async () => {
    for (const due of dueDays) for (const status of ["PROMISED", "IN_PROGRESS", "FULFILLED"] as const) await makePledge(db, { pairingId: w.pairingA.id, due, status });
    const all = await db.pledge.findMany();
    for (const now of instants) {
      expect(ids(await db.pledge.findMany({ where: pledgeOverdueWhere(now) })), now.toISOString()).toEqual(ids(all.filter((p) => isPledgeOverdue(p, now))));
      const soon = all.filter((p) => p.status !== "FULFILLED" && shanghaiDay(p.dueDate) <= shanghaiDay(addDays(now, 14)));
      expect(ids(await db.pledge.findMany({ where: pledgeDueSoonWhere(now) })), now.toISOString()).toEqual(ids(soon));
    }
  });

  it("selects the same rectification items", async () => {
    const items = dueDays.flatMap((due) => (["OPEN", "IN_PROGRESS", "CLOSED"] as const).map((status) => ({ pairingId: w.pairingA.id, status, due })));
    await makeInspection(db, [w.pairingA.id], { day: "2011-06-01", rectifications: items });
    const all = await db.rectification.findMany();
    for (const now of instants) {
      expect(ids(await db.rectification.findMany({ where: rectificationOverdueWhere(now) })), now.toISOString()).toEqual(ids(all.filter((r) => isRectificationOverdue(r, now))));
    }
  });
});

describe("activity statuses, as predicates and as wheres", () => {
  it("select the same reported and editable activities", async () => {
    for (const status of ACTIVITY_STATUSES) await makeActivity(db, { pairingId: w.pairingB.id, status });
    const all = await db.activity.findMany({ where: { pairingId: w.pairingB.id } });
    expect(ids(await db.activity.findMany({ where: { pairingId: w.pairingB.id, ...reportedWhere } }))).toEqual(ids(all.filter((a) => isReported(a.status))));
    expect(ids(await db.activity.findMany({ where: { pairingId: w.pairingB.id, ...editableWhere } }))).toEqual(ids(all.filter((a) => isEditable(a.status))));
  });
});

describe("what a reader sees of activities", () => {
  it("is the same in the list and in the dashboard's sources, which never show more than the reader may see", async () => {
    const otherAdmin = await makeUser(db, "ADMIN");
    for (const status of ACTIVITY_STATUSES) {
      for (const pairingId of [w.pairingA.id, w.pairingB.id]) {
        await makeActivity(db, { pairingId, status, day: "2011-04-01", recordedById: w.liaisonA.id });
        await makeActivity(db, { pairingId, status, day: "2011-04-02", recordedById: w.admin.id });
      }
    }
    const period = { from: "2011-04-01", to: "2011-04-02" };
    for (const user of [w.admin, otherAdmin, w.leader, w.liaisonA, w.liaisonB, w.villagerA, w.villagerB]) {
      const reader = asCurrentUser(user);
      const visible = await db.activity.findMany({ where: { AND: [activityVisibility(reader), { date: { gte: day(period.from), lt: day("2011-04-03") } }] } });
      const listed = await listActivities(db, reader, { ...period, sort: "date", dir: "asc", page: 1 });
      expect(listed.total, user.username).toBe(visible.length);
      for (const status of ["VERIFIED", "SUBMITTED"] as const) {
        const sources = await activitySources(db, filterFor(user, period), { status }, { page: 1, pageSize: 100 });
        expect(ids(sources.rows), `${user.username} ${status}`).toEqual(ids(visible.filter((a) => a.status === status)));
      }
    }
  });
});
