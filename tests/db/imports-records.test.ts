// The imports of records that belong to a pairing or a village — pledges, leader visits, survey
// results — on a real database with files made here: every refused row named with its column and
// a Chinese message, nothing written by a preview, a liaison kept to their own unit, and each
// list's export importing back unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { translatorFor } from "@/i18n/translator";
import { LIST_EXPORTS } from "@/features/exports/lists";
import { sheetStream } from "@/features/exports/sheet-writer";
import { importCommitAction, importKind, previewImport } from "@/features/imports/mutations";
import { templateWorkbook } from "@/features/imports/workbooks";
import ExcelJS from "exceljs";
import { rawPledgeAggregates, storedPledgeAggregates } from "../helpers/pledge-aggregates";
import { asCurrentUser, day, makePairing, makePledge, makeSurvey, makeTownship, makeUnit, makeVillage, makeVisit, runAs, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";
import { xlsxFile } from "../helpers/sheets";

const zh = translatorFor("zh-CN");
let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

type Someone = Parameters<typeof asCurrentUser>[0];
const preview = (user: Someone, kind: Parameters<typeof previewImport>[2], file: File) => previewImport(db, asCurrentUser(user), kind, file, zh);

/** The list's export for `user`, as a file to upload again. */
async function exported(list: keyof typeof LIST_EXPORTS, user: Someone, params: Record<string, string> = {}) {
  const sheet = await LIST_EXPORTS[list].sheet(db, asCurrentUser(user), params);
  return new File([await new Response(sheetStream("xlsx", [sheet])).arrayBuffer()], `${list}.xlsx`);
}

const PLEDGE_HEADER = ["共建单位*", "乡镇*", "结对村*", "承诺主体*", "承诺人", "承诺内容*", "承诺完成时间*"];

describe("importing pledges", () => {
  it("matches a pledge by its pairing and content, and names every refused row of a liaison's sheet", async () => {
    const [a, b, t] = [w.unitA.name, w.unitB.name, w.township.name];
    const [va, vb] = [w.villageA.name, w.villageB.name];
    const fulfilled = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    const open = await makePledge(db, { pairingId: w.pairingA.id, status: "IN_PROGRESS" });
    const file = await xlsxFile("承诺.xlsx", {
      rows: [
        PLEDGE_HEADER,
        [a, t, va, "党员个人", "张伟", "帮助联系食用菌销路", "2011.9.13"],
        [b, t, vb, "党员个人", "李强", "别的单位的承诺", "2011-09-13"],
        [a, t, va, "党员个人", "", "帮忙修路", "2011-09-13"],
        [a, t, va, "单位党组织", "", "建设村活动室", 40799],
        [a, t, va, "党员个人", "王五", "帮助联系食用菌销路", "2011-10-01"],
        [a, t, va, "党员个人", "赵六", "早于结对的承诺", "2009年1月1日"],
        [a, t, va, "党员个人", fulfilled.pledgerName, fulfilled.content, "2011-12-31"],
        [a, t, va, "党员个人", open.pledgerName, open.content, "2011-12-31"],
      ],
    });
    const before = await db.pledge.count();
    const result = await preview(w.liaisonA, "pledges", file);
    expect(result).toMatchObject({ rows: 8, created: 2, updated: 1, unchanged: 0 });
    expect(result.rejected).toEqual([
      { row: 3, errors: [{ column: "共建单位", message: `只能导入本单位结对的数据（${b} — ${t}${vb} 不是本单位的结对）。` }] },
      { row: 4, errors: [{ column: "承诺人", message: "此项为必填项。" }] },
      { row: 6, errors: [{ column: "承诺内容", message: "与第 2 行重复。" }] },
      { row: 7, errors: [{ column: "承诺完成时间", message: "承诺完成时间不能早于结对开始日期（2010-06-01）。" }] },
      { row: 8, errors: [{ column: "承诺内容", message: "已完成的承诺不能再修改。" }] },
    ]);
    expect(await db.pledge.count()).toBe(before);

    const done = await runOk(db, w.liaisonA, importCommitAction("pledges"), { file: [file], skipRejected: "on" });
    expect(done).toMatchObject({ created: 2, updated: 1, skipped: 5 });
    const created = await db.pledge.findMany({ where: { importId: done.importId }, orderBy: { id: "asc" } });
    const unit = await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } });
    expect(created.map((p) => [p.pairingId, p.pledgerKind, p.pledgerName, p.content, p.dueDate, p.status, p.createdById])).toEqual([
      [w.pairingA.id, "MEMBER", "张伟", "帮助联系食用菌销路", day("2011-09-13"), "PROMISED", w.liaisonA.id],
      [w.pairingA.id, "ORGANIZATION", unit.partyOrgName || unit.name, "建设村活动室", day("2011-09-13"), "PROMISED", w.liaisonA.id],
    ]);
    expect((await db.pledge.findUniqueOrThrow({ where: { id: open.id } })).dueDate).toEqual(day("2011-12-31"));
    expect((await db.pledge.findUniqueOrThrow({ where: { id: fulfilled.id } })).dueDate).toEqual(fulfilled.dueDate);
    expect(await db.auditEntry.count({ where: { action: "import.pledges", entityId: String(done.importId) } })).toBe(1);
    // The dashboard's pledge counts take in the new pledges and the moved due date.
    expect(await storedPledgeAggregates(db)).toEqual(await rawPledgeAggregates(db));
  });

  it("is refused to leaders and villages, writing nothing", async () => {
    const file = await xlsxFile("p.xlsx", { rows: [PLEDGE_HEADER, [w.unitA.name, w.township.name, w.villageA.name, "党员个人", "钱七", "不该写入的承诺", "2011-09-13"]] });
    for (const user of [w.leader, w.villagerA]) {
      expect(await runAs(db, user, importCommitAction("pledges"), { file: [file] })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    expect(await db.pledge.count({ where: { content: "不该写入的承诺" } })).toBe(0);
  });

  it("round-trips: a liaison's export of the pledges list imports back unchanged", async () => {
    const result = await preview(w.liaisonA, "pledges", await exported("pledges", w.liaisonA));
    const visible = await db.pledge.count({ where: { pairing: { unitId: w.unitA.id } } });
    expect(visible).toBeGreaterThan(3);
    expect(result).toMatchObject({ rows: visible, created: 0, updated: 0, unchanged: visible, rejected: [] });
  });
});

const VISIT_HEADER = ["共建单位", "乡镇", "结对村", "走访日期", "领导姓名及职务", "走访内容"];

describe("importing leader visits", () => {
  it("matches a visit by pairing, day and leader, refuses future days, duplicates and unknown pairings, and is ADMIN's only", async () => {
    const [a, b, t] = [w.unitA.name, w.unitB.name, w.township.name];
    const known = await makeVisit(db, w.pairingA.id, "2011-05-05");
    const file = await xlsxFile("走访.xlsx", {
      rows: [
        VISIT_HEADER,
        [a, t, w.villageA.name, new Date("2011-06-10T00:00:00Z"), "李振华（市委常委、组织部部长）", "研究解决活动场所资金"],
        [a, t, w.villageA.name, "2011-05-05", known.leaderName, "走访贫困户，落实帮扶资金"],
        [a, t, w.villageA.name, "2011/6/10", "李振华（市委常委、组织部部长）", "同一天再记一次"],
        [b, t, w.villageA.name, "2011-06-11", "王建国", "没有这个结对"],
        [b, t, w.villageB.name, "2099-01-01", "王建国", "还没到的日子"],
      ],
    });
    const result = await preview(w.admin, "visits", file);
    expect(result).toMatchObject({ rows: 5, created: 1, updated: 1, unchanged: 0 });
    expect(result.rejected).toEqual([
      { row: 4, errors: [{ column: "领导姓名及职务", message: "与第 2 行重复。" }] },
      { row: 5, errors: [{ column: "共建单位", message: `${b}与${t}${w.villageA.name}没有结对。` }] },
      { row: 6, errors: [{ column: "走访日期", message: "日期不能晚于今天。" }] },
    ]);
    for (const user of [w.liaisonA, w.leader]) {
      expect(await runAs(db, user, importCommitAction("visits"), { file: [file], skipRejected: "on" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
    const done = await runOk(db, w.admin, importCommitAction("visits"), { file: [file], skipRejected: "on" });
    expect(await db.leaderVisit.findMany({ where: { importId: done.importId }, select: { pairingId: true, date: true, notes: true } })).toEqual([
      { pairingId: w.pairingA.id, date: day("2011-06-10"), notes: "研究解决活动场所资金" },
    ]);
    expect((await db.leaderVisit.findUniqueOrThrow({ where: { id: known.id } })).notes).toBe("走访贫困户，落实帮扶资金");
  });

  it("round-trips: the visits list's export for a period imports back unchanged", async () => {
    const params = { from: "2011-01-01", to: "2011-12-31" };
    const result = await preview(w.admin, "visits", await exported("visits", w.admin, params));
    expect(result).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, rejected: [] });
  });
});

const SURVEY_HEADER = ["测评月份", "乡镇", "行政村", "测评日期", "参评人数", "对村党组织满意人数", "对单位共建满意人数"];

describe("importing survey results", () => {
  it("reads the round as Chinese sheets write it, keeps the day within the round and the satisfied within the respondents", async () => {
    const t = w.township.name;
    const third = await makeVillage(db, w.township.id);
    await makeSurvey(db, { villageId: w.villageA.id, round: "2011-07" });
    const file = await xlsxFile("测评.xlsx", {
      rows: [
        SURVEY_HEADER,
        // Excel turns a typed 2011-07 into a date cell (1 July 2011).
        [new Date("2011-07-01T00:00:00Z"), t, w.villageA.name, "2011-07-15", 100, 95, 98],
        ["2011年7月", t, w.villageB.name, "2011-07-16", 80, 78, 79],
        ["2011.7", t, third.name, "2011-08-02", 60, 61, 59],
        ["2011-07", t, "没有的村", "2011-07-16", 50, 40, 40],
        ["2011-07", t, w.villageB.name, "2011-07-17", "五十", 40, 40],
        ["七月", t, third.name, "2011-07-16", 50, 40, 40],
      ],
    });
    const result = await preview(w.admin, "surveys", file);
    expect(result).toMatchObject({ rows: 6, created: 1, updated: 1, unchanged: 0 });
    expect(result.rejected).toEqual([
      { row: 4, errors: [{ column: "测评日期", message: "测评日期应在本轮测评月份（2011-07）内。" }, { column: "对村党组织满意人数", message: "满意人数不能超过参评人数。" }] },
      { row: 5, errors: [{ column: "行政村", message: `${t}没有名为“没有的村”的村。` }] },
      { row: 6, errors: [{ column: "行政村", message: "与第 3 行重复。" }, { column: "参评人数", message: "应填写数字。" }] },
      { row: 7, errors: [{ column: "测评月份", message: "请输入有效的月份。" }] },
    ]);
    expect(await runAs(db, w.leader, importCommitAction("surveys"), { file: [file], skipRejected: "on" })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    const done = await runOk(db, w.admin, importCommitAction("surveys"), { file: [file], skipRejected: "on" });
    const rows = await db.survey.findMany({ where: { period: "2011-07" }, orderBy: { villageId: "asc" } });
    expect(rows.map((s) => [s.villageId, s.respondents, s.satisfiedVillageOrg, s.satisfiedPairing, s.importId])).toEqual([
      [w.villageA.id, 100, 95, 98, null],
      [w.villageB.id, 80, 78, 79, done.importId],
    ]);
  });

  it("round-trips: a round's export imports back unchanged", async () => {
    const result = await preview(w.admin, "surveys", await exported("surveys", w.admin, { round: "2011-07" }));
    expect(result).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, rejected: [] });
  });
});

describe("the templates of pledges, visits and survey results", () => {
  it("carry Chinese headers, notes, the townships and fixed values as lists, and an example row that imports", async () => {
    // The examples name the demo's 市农业局 and 满天红村 of 铁力镇.
    const township = await makeTownship(db, "铁力镇");
    const village = await makeVillage(db, township.id, "满天红村");
    await makePairing(db, (await makeUnit(db, { name: "市农业局" })).id, village.id);
    const expected = {
      pledges: ["共建单位*", "乡镇*", "结对村*", "承诺主体*", "承诺人", "承诺内容*", "承诺完成时间*"],
      visits: ["共建单位*", "乡镇*", "结对村*", "走访日期*", "领导姓名及职务*", "走访内容*"],
      surveys: ["测评月份*", "乡镇*", "行政村*", "测评日期*", "参评人数*", "对村党组织满意人数*", "对单位共建满意人数*"],
    };
    for (const [kind, headers] of Object.entries(expected) as [keyof typeof expected, string[]][]) {
      const bytes = await templateWorkbook(await importKind(kind).columns(db), kind);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(kind)!;
      expect(sheet.getRow(1).values, kind).toEqual([undefined, ...headers]);
      const townshipColumn = headers.indexOf("乡镇*");
      const letter = String.fromCharCode(65 + townshipColumn);
      expect(sheet.getCell(`${letter}2`).dataValidation, kind).toMatchObject({ type: "list", formulae: [`'选项'!$${letter}$1:$${letter}$2`] });
      expect([1, 2].map((r) => workbook.getWorksheet("选项")!.getCell(`${letter}${r}`).value).sort(), kind).toEqual([w.township.name, "铁力镇"].sort());
      const result = await preview(w.admin, kind, new File([new Uint8Array(bytes)], `${kind}.xlsx`));
      expect(result, kind).toMatchObject({ rows: 1, created: 1, rejected: [] });
    }
    const pledges = new ExcelJS.Workbook();
    await pledges.xlsx.load((await templateWorkbook(await importKind("pledges").columns(db), "承诺")) as unknown as ArrayBuffer);
    expect(pledges.getWorksheet("承诺")!.getCell("F1").note).toBe("必填。同一结对中承诺内容相同的行视为同一条承诺：未完成的据此更新承诺人和完成时间，已完成的不能修改。");
    expect([1, 2].map((r) => pledges.getWorksheet("选项")!.getCell(`D${r}`).value)).toEqual(["党员个人", "单位党组织"]);
  });
});
