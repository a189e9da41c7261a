// The activity list: who sees what, and the filters the dashboard links to
// (/activities?indicator=CODE&from=…&to=…&township=ID&status=VERIFIED) with each record's value and their total.
import { COUNT_CAP } from "@/lib/list-params";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { activityCursorAfter, activityListQuery, getActivityForReader, listActivities } from "@/features/activities/queries";
import { getLedger } from "@/features/pairings/ledger";

import { asCurrentUser, day, makeActivity, makePairing, makeTownship, makeUnit, makeUser, makeVillage } from "../helpers/factories";
import { createWorldDb, makeWorld, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const query = { sort: "date" as const, dir: "desc" as const, page: 1 };

describe("who sees which activities", () => {
  it("shows a liaison their own unit's activities, drafts included, and nothing of another unit", async () => {
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, title: "甲单位草稿", status: "DRAFT" });
    const other = await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED", title: "乙单位活动" });
    const { rows } = await listActivities(db, asCurrentUser(w.liaisonA), query);
    expect(rows.map((r) => r.id)).toContain(draft.id);
    expect(rows.map((r) => r.id)).not.toContain(other.id);
    expect(await getActivityForReader(db, asCurrentUser(w.liaisonA), other.id)).toBeNull();
  });

  it("shows the village and leaders reported activities only, never a unit's drafts", async () => {
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, title: "未报送", status: "DRAFT" });
    const reported = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED" });
    for (const user of [w.villagerA, w.leader]) {
      expect(await getActivityForReader(db, asCurrentUser(user), draft.id)).toBeNull();
      expect(await getActivityForReader(db, asCurrentUser(user), reported.id)).not.toBeNull();
    }
    expect(await getActivityForReader(db, asCurrentUser(w.villagerB), reported.id)).toBeNull();
  });
});

describe("who sees a draft", () => {
  it("shows it to the liaisons of its unit and to whoever recorded it: not to other ADMINs, leaders or the village", async () => {
    const world = await makeWorld(db);
    const otherAdmin = await makeUser(db, "ADMIN");
    await makeActivity(db, { pairingId: world.pairingA.id, recordedById: world.liaisonA.id, title: "联络员草稿", status: "DRAFT" });
    await makeActivity(db, { pairingId: world.pairingA.id, recordedById: world.admin.id, title: "组织部代录草稿", status: "DRAFT" });
    await makeActivity(db, { pairingId: world.pairingA.id, status: "SUBMITTED", title: "已报送" });
    const drafts = { ...query, townshipId: world.township.id, status: "DRAFT" as const };
    const seen = async (user: Parameters<typeof asCurrentUser>[0]) => {
      const listed = (await listActivities(db, asCurrentUser(user), drafts)).rows;
      const ledger = await getLedger(db, asCurrentUser(user), world.pairingA.id);
      const inLedger = (ledger?.entries ?? []).flatMap((e) => (e.kind === "activity" && e.activity.status === "DRAFT" ? [e.activity.title] : []));
      const readable = await Promise.all(listed.map((a) => getActivityForReader(db, asCurrentUser(user), a.id)));
      expect(readable.every(Boolean)).toBe(true);
      expect(inLedger.sort()).toEqual(listed.map((a) => a.title).sort());
      return listed.map((a) => a.title).sort();
    };
    expect(await seen(world.liaisonA)).toEqual(["组织部代录草稿", "联络员草稿"].sort());
    expect(await seen(world.admin)).toEqual(["组织部代录草稿"]);
    expect(await seen(otherAdmin)).toEqual([]);
    expect(await seen(world.leader)).toEqual([]);
    expect(await seen(world.villagerA)).toEqual([]);
    expect(await seen(world.liaisonB)).toEqual([]);
  });
});

describe("the drill-down from a dashboard figure", () => {
  it("filters by indicator, period, township and status, and totals the indicator's values", async () => {
    const world = await makeWorld(db);
    const otherTownship = await makeTownship(db);
    const far = await makePairing(db, (await makeUnit(db)).id, (await makeVillage(db, otherTownship.id)).id, day("2010-06-01"));
    const money = world.money.id;
    const make = (pairingId: number, status: "VERIFIED" | "SUBMITTED", date: string, value: number) =>
      makeActivity(db, { pairingId, status, day: date, values: { [money]: value } });
    await make(world.pairingA.id, "VERIFIED", "2011-01-01", 10_000); // in
    await make(world.pairingB.id, "VERIFIED", "2011-01-31", 2_500); // in (the last day is included)
    await make(world.pairingA.id, "VERIFIED", "2010-12-31", 99); // before the period
    await make(world.pairingA.id, "VERIFIED", "2011-02-01", 99); // after the period
    await make(world.pairingA.id, "SUBMITTED", "2011-01-15", 99); // not verified
    await make(far.id, "VERIFIED", "2011-01-15", 99); // another township
    await makeActivity(db, { pairingId: world.pairingA.id, status: "VERIFIED", day: "2011-01-20", values: { [world.count.id]: 5 } });

    const filters = { indicator: world.money.code, from: "2011-01-01", to: "2011-01-31", townshipId: world.township.id, status: "VERIFIED" as const };
    const result = await listActivities(db, asCurrentUser(world.leader), { ...query, ...filters });
    expect(result.total).toBe(2);
    expect(result.indicatorTotal).toBe(12_500);
    expect(result.rows.map((r) => r.values.map((v) => v.value))).toEqual([[2_500], [10_000]]);
  });

  it("filters by content area, pairing and confirmation, and shows only what the user recorded when asked", async () => {
    const world = await makeWorld(db);
    const a = await makeActivity(db, { pairingId: world.pairingA.id, status: "VERIFIED", recordedById: world.liaisonA.id });
    await db.$transaction((tx) => tx.activity.update({ where: { id: a.id }, data: { area: "DEVELOPMENT", confirmation: "DISPUTED" } }));
    const b = await makeActivity(db, { pairingId: world.pairingA.id, status: "DRAFT", recordedById: world.admin.id });
    await db.$transaction((tx) => tx.activity.update({ where: { id: b.id }, data: { confirmation: "DISPUTED" } }));
    await makeActivity(db, { pairingId: world.pairingB.id, status: "VERIFIED" });
    const inTownship = { townshipId: world.township.id };
    const ids = async (f: object, user = asCurrentUser(world.admin)) => (await listActivities(db, user, { ...query, ...inTownship, ...f })).rows.map((r) => r.id);
    expect(await ids({ area: "DEVELOPMENT" })).toEqual([a.id]);
    expect((await ids({ pairingId: world.pairingA.id })).sort()).toEqual([a.id, b.id].sort());
    // A dispute is about something reported; a draft is not.
    expect(await ids({ confirmation: "DISPUTED" })).toEqual([a.id]);
    expect(await ids({ mine: true }, asCurrentUser(world.liaisonA))).toEqual([a.id]);
  });
});

describe("a list of a province's records", () => {
  it("is counted up to 10,000 rows, or the page asked for, and the pager is told there are more", async () => {
    const world = await makeWorld(db);
    const rows = Array.from({ length: COUNT_CAP + 30 }, (_, i) => ({ pairingId: world.pairingA.id, area: "ORG_LIFE" as const, date: day("2011-03-15"), title: `批量活动${i}`, status: "SUBMITTED" as const }));
    await db.$transaction((tx) => tx.activity.createMany({ data: rows }), { timeout: 60_000 });
    const list = (f: object) => listActivities(db, asCurrentUser(world.liaisonA), { ...query, ...f });
    expect(await list({})).toMatchObject({ total: COUNT_CAP, more: true });
    // A page deeper than the cap counts to its own end: page 501 of 20 needs 10,020 rows.
    const deep = await list({ page: 501 });
    expect(deep).toMatchObject({ total: 501 * 20, more: true });
    expect(deep.rows).toHaveLength(20);
    expect(await list({ page: 502 })).toMatchObject({ total: COUNT_CAP + 30, more: false });
    // A filter that leaves few rows is counted exactly.
    expect(await list({ area: "DEVELOPMENT" })).toMatchObject({ total: 0, more: false });
  }, 120_000);
});

describe("the next page of a long list", () => {
  it("starts after the last row shown (keyset on date and id), the same rows as by offset, in either direction", async () => {
    const world = await makeWorld(db);
    // Several on one day, so the id breaks the ties.
    for (let i = 0; i < 45; i++) await makeActivity(db, { pairingId: world.pairingA.id, status: "SUBMITTED", day: `2011-04-${String(1 + (i % 7)).padStart(2, "0")}` });
    const liaison = asCurrentUser(world.liaisonA);
    for (const dir of ["desc", "asc"] as const) {
      const pages = [];
      let params: Record<string, string> = { dir };
      for (let page = 1; page <= 3; page++) {
        const query = activityListQuery({ ...params, page: String(page) });
        const { rows } = await listActivities(db, liaison, query);
        pages.push(rows.map((r) => r.id));
        const byOffset = await listActivities(db, liaison, { ...query, after: undefined });
        expect(rows.map((r) => r.id), `${dir} page ${page}`).toEqual(byOffset.rows.map((r) => r.id));
        params = { dir, after: activityCursorAfter(query, rows) ?? "" };
      }
      expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    }
    // A malformed cursor is ignored: the page is read by its number.
    expect(activityListQuery({ after: "yesterday" }).after).toBeUndefined();
  });
});
