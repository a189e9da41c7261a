// The dashboard's outcome table as an export, on a real database: the report's table for the
// viewer's period and scope, cell by cell, read through the dashboard's own memoised figures — so
// a change made through the action path shows in the next export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { sheetStream } from "@/features/exports/sheet-writer";
import { createVisitAction } from "@/features/supervision/mutations-visits";
import { createTestDb } from "../helpers/test-db";
import { asCurrentUser, makeActivity, makeInspection, makeSurvey, makeVisit, runOk } from "../helpers/factories";
import { makeWorld, type World } from "../helpers/world";
import { readXlsx } from "../helpers/sheets";

let db: Db;
let w: World;
let outcomeSheet: typeof import("@/features/exports/reports").outcomeSheet;
beforeAll(async () => {
  db = await createTestDb();
  // The dashboard reads the app's one client: make it this test's database before it is first loaded.
  (globalThis as { gongjianDbs?: { db: Db; laggingDb: Db; replica?: Db } }).gongjianDbs = { db, laggingDb: db };
  ({ outcomeSheet } = await import("@/features/exports/reports"));
  w = await makeWorld(db);
});
afterAll(async () => db.$disconnect());

async function outcomeRows(user: Parameters<typeof asCurrentUser>[0], params: Record<string, string>) {
  const { title, sheet } = await outcomeSheet(asCurrentUser(user), params);
  return { title, rows: await readXlsx(new Uint8Array(await new Response(sheetStream("xlsx", [sheet])).arrayBuffer())) };
}

describe("exporting the dashboard's outcome table", () => {
  it("is the report's table for the viewer's period and scope, and follows changes made since", async () => {
    await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2011-04-20", values: { [w.count.id]: 3, [w.money.id]: 12800 } });
    await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED", day: "2011-05-20", values: { [w.count.id]: 2 } });
    // Outside the period, and not yet verified: neither counts.
    await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2012-02-01", values: { [w.count.id]: 50 } });
    await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED", day: "2011-06-01", values: { [w.count.id]: 70 } });
    await makeVisit(db, w.pairingA.id, "2011-05-05");
    await makeVisit(db, w.pairingB.id, "2011-06-05");
    await makeInspection(db, [w.pairingA.id, w.pairingB.id], { day: "2011-04-20" });
    await makeSurvey(db, { villageId: w.villageA.id, round: "2011-07", respondents: 100, satisfiedVillageOrg: 97, satisfiedPairing: 98 });
    await makeSurvey(db, { villageId: w.villageB.id, round: "2011-07", respondents: 100, satisfiedVillageOrg: 93, satisfiedPairing: 90 });
    const period = { from: "2011-01-01", to: "2011-12-31" };
    const [count, money] = [`指标${w.count.code}`, `指标${w.money.code}`];

    const admin = await outcomeRows(w.admin, period);
    expect(admin.title).toBe("共建成效统计表-2011-01-01-2011-12-31");
    expect(admin.rows).toEqual([
      ["类别", "项目", "数值", "单位"],
      ["基层组织建设", count, 5, "项"],
      ["基层组织建设", money, 12800, "元"],
      ["基层组织建设", "党员承诺事项 / 已完成", "0 / 0", "项"],
      ["督查指导", "市委常委深入联系点", 2, "人次"],
      ["督查指导", "督查指导", 1, "次"],
      // Blank cells at a row's end read back as nothing.
      ["群众满意度", "对村党组织满意率", "95.00%"],
      ["群众满意度", "对单位共建满意率", "94.00%"],
      [undefined, "统计期间：2011-01-01 至 2011-12-31"],
    ]);

    // A liaison's table counts their own unit's pairings only.
    const liaison = await outcomeRows(w.liaisonA, period);
    expect(liaison.rows.slice(1, 6).map((r) => r[2])).toEqual([3, 12800, "0 / 0", 1, 1]);
    expect(liaison.rows[6]).toEqual(["群众满意度", "对村党组织满意率", "97.00%"]);

    // A visit recorded through the action path moves the data version: the next export counts it.
    await runOk(db, w.admin, createVisitAction, { pairingId: String(w.pairingB.id), date: "2011-08-08", leaderName: "李振华", notes: "调研村集体经济" });
    expect((await outcomeRows(w.admin, period)).rows[4]).toEqual(["督查指导", "市委常委深入联系点", 3, "人次"]);
  });
});
