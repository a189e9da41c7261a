// The exports of the lists issue 10 added, on a real database: each file holds the rows its page
// shows the user — the page's filters, order and scope (a liaison: their own unit's rectification
// items only) — cell by cell with Chinese headers and date cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { LIST_EXPORTS } from "@/features/exports/lists";
import { sheetStream } from "@/features/exports/sheet-writer";
import { asCurrentUser, makeActivity, makeInspection, makeSurvey, makeVisit } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";
import { readXlsx } from "../helpers/sheets";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

async function exportRows(list: keyof typeof LIST_EXPORTS, user: Parameters<typeof asCurrentUser>[0], params: Record<string, string> = {}) {
  const sheet = await LIST_EXPORTS[list].sheet(db, asCurrentUser(user), params);
  return readXlsx(new Uint8Array(await new Response(sheetStream("xlsx", [sheet])).arrayBuffer()));
}

const date = (d: string) => new Date(`${d}T00:00:00Z`);

describe("exporting rectification items", () => {
  it("keeps a liaison to their unit's items, follows the status filter and the page's order", async () => {
    await makeInspection(db, [w.pairingA.id, w.pairingB.id], {
      day: "2011-04-20",
      rectifications: [
        { pairingId: w.pairingA.id, status: "OPEN", due: "2011-05-20" },
        { pairingId: w.pairingA.id, status: "OPEN", due: "2011-05-10" },
        { pairingId: w.pairingB.id, status: "OPEN", due: "2011-05-01" },
      ],
    });
    const [unitA, unitB] = [w.unitA.name, w.unitB.name];
    const liaison = await exportRows("rectifications", w.liaisonA);
    expect(liaison[0]).toEqual(["责任单位", "乡镇", "结对村", "整改事项", "来源督查", "整改期限", "状态", "整改情况", "报告时间", "核查意见", "销号时间"]);
    // Open items, the earliest due first; another unit's item is not there.
    expect(liaison.slice(1)).toEqual([
      [unitA, w.township.name, w.villageA.name, "补齐台帐", "巡回检查（2011-04-20）", date("2011-05-10"), "待整改（已逾期）"],
      [unitA, w.township.name, w.villageA.name, "补齐台帐", "巡回检查（2011-04-20）", date("2011-05-20"), "待整改（已逾期）"],
    ]);
    const admin = await exportRows("rectifications", w.admin);
    expect(admin.slice(1).map((r) => [r[0], r[5]])).toEqual([
      [unitB, date("2011-05-01")],
      [unitA, date("2011-05-10")],
      [unitA, date("2011-05-20")],
    ]);
    expect(await exportRows("rectifications", w.admin, { status: "CLOSED" })).toHaveLength(1);
    expect((await exportRows("rectifications", w.admin, { unit: String(w.unitB.id) })).slice(1).map((r) => r[0])).toEqual([unitB]);
  });
});

describe("exporting leader visits and inspections", () => {
  it("writes the visits of the page's period and leader, newest first", async () => {
    await makeVisit(db, w.pairingA.id, "2011-03-01");
    await makeVisit(db, w.pairingB.id, "2011-06-01");
    await makeVisit(db, w.pairingA.id, "2012-01-05");
    await db.$transaction((tx) => tx.leaderVisit.create({ data: { pairingId: w.pairingB.id, date: date("2011-05-01"), leaderName: "李振华", notes: "另一位领导" } }));
    const rows = await exportRows("visits", w.leader, { from: "2011-01-01", to: "2011-12-31", leader: "王建国 (市委副书记)" });
    expect(rows).toEqual([
      ["共建单位", "乡镇", "结对村", "走访日期", "领导姓名及职务", "走访内容"],
      [w.unitB.name, w.township.name, w.villageB.name, date("2011-06-01"), "王建国 (市委副书记)", "走访贫困户"],
      [w.unitA.name, w.township.name, w.villageA.name, date("2011-03-01"), "王建国 (市委副书记)", "走访贫困户"],
    ]);
  });

  it("writes the inspections newest first with the pairings and items each covered", async () => {
    await makeInspection(db, [w.pairingA.id], { day: "2011-09-01", rectifications: [] });
    const rows = await exportRows("inspections", w.admin);
    expect(rows[0]).toEqual(["督查日期", "督查方式", "督查人员", "发现的问题", "涉及结对数", "整改事项数", "未销号事项数"]);
    expect(rows.slice(1)).toEqual([
      [date("2011-09-01"), "巡回检查", "韩志刚", "台帐记录不全", 1, 0, 0],
      [date("2011-04-20"), "巡回检查", "韩志刚", "台帐记录不全", 2, 3, 3],
    ]);
  });
});

describe("exporting survey results and the assessment table", () => {
  it("writes one round village by village with its rates, or every round newest first", async () => {
    await makeSurvey(db, { villageId: w.villageA.id, round: "2011-07", respondents: 200, satisfiedVillageOrg: 190, satisfiedPairing: 195 });
    await makeSurvey(db, { villageId: w.villageB.id, round: "2011-07" });
    await makeSurvey(db, { villageId: w.villageA.id, round: "2011-12" });
    const round = await exportRows("surveys", w.leader, { round: "2011-07" });
    expect(round[0]).toEqual(["测评月份", "乡镇", "行政村", "测评日期", "参评人数", "对村党组织满意人数", "对单位共建满意人数", "村党组织满意率", "共建满意率"]);
    const [a, b] = [w.villageA.name, w.villageB.name].sort((x, y) => x.localeCompare(y, "zh-CN"));
    expect(round.slice(1).map((r) => r[2])).toEqual([a, b]);
    expect(round.slice(1).find((r) => r[2] === w.villageA.name)).toEqual(["2011-07", w.township.name, w.villageA.name, date("2011-07-15"), 200, 190, 195, "95.00%", "97.50%"]);
    expect((await exportRows("surveys", w.leader)).slice(1).map((r) => r[0])).toEqual(["2011-12", "2011-07", "2011-07"]);
  });

  it("files the year's table of units or villages by rank, as the page computes it", async () => {
    await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2011-05-05", area: "ORG_LIFE" });
    const rows = await exportRows("assessments", w.leader, { year: "2011", subject: "unit" });
    expect(rows[0]).toEqual(["名次", "共建单位", "六联内容覆盖", "已审核活动", "承诺按期兑现", "群众满意度", "整改按期销号", "领导走访", "计算得分", "加减分", "加减分理由", "最终得分", "等次", "考核依据"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2]);
    // Unit A has a verified activity, unit B none: A ranks first.
    expect(rows.slice(1).map((r) => r[1])).toEqual([w.unitA.name, w.unitB.name]);
    for (const r of rows.slice(1)) expect(["优秀", "良好", "一般", "较差"]).toContain(r[12]);
    const villages = await exportRows("assessments", w.leader, { year: "2011", subject: "village" });
    expect(villages[0][1]).toBe("行政村");
    expect(villages.slice(1).map((r) => r[1]).sort()).toEqual([w.villageA.name, w.villageB.name].sort());
  });
});
