// Imports on a real database with real files made here: a preview names every rejected row, its
// column and a Chinese message, and writes nothing; a commit writes all of its rows or none, with
// one audit entry naming the file, its checksum and the counts; created rows point back to it.
import type { Role } from "@/generated/sqlite/enums";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { translatorFor } from "@/i18n/translator";
import { importCommitAction, importKind, previewImport } from "@/features/imports/mutations";
import { templateWorkbook } from "@/features/imports/workbooks";
import ExcelJS from "exceljs";
import { asCurrentUser, day, makeActivity, makePairing, makeTownship, makeUnit, makeUser, makeVillage, runAs, runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";
import { csvFile, xlsxFile } from "../helpers/sheets";

const zh = translatorFor("zh-CN");
let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const preview = (user: { id: number; role: Role; unitId: number | null; villageId: number | null }, kind: Parameters<typeof previewImport>[2], file: File) =>
  previewImport(db, asCurrentUser(user), kind, file, zh);

const UNIT_HEADER = ["单位名称*", "单位类型*", "窗口单位/服务行业", "党组织名称", "党组织书记", "联系电话", "党员人数"];

describe("importing units", () => {
  it("previews created, updated, unchanged and rejected rows with their row, column and message, writing nothing", async () => {
    await makeUnit(db, { name: "市林业局" });
    await runOk(db, w.admin, importCommitAction("units"), {
      file: [await xlsxFile("first.xlsx", { rows: [UNIT_HEADER, ["市档案局", "机关", "否", "", "", "", 9]] })],
    });
    const file = await xlsxFile("units.xlsx", {
      rows: [
        ["铁力市共建单位名单"], // a title row above the header
        UNIT_HEADER,
        ["市审计局", "机关", "否", "中共铁力市审计局支部", "李明", "0458-1234567", 23],
        ["市林业局", "事业单位", "是", "", "", "", "31"],
        ["市档案局", "机关", "否", "", "", "", 9],
        [],
        ["市审计局", "机关", "", "", "", "", 5],
        ["市医院", "医院", "", "", "", "", "二十"],
        ["", "企业", "", "", "", "call me", -4],
      ],
      merges: ["A1:G1"],
    });
    const units = await db.unit.count();
    const result = await preview(w.admin, "units", file);
    expect(result).toMatchObject({ rows: 6, created: 1, updated: 1, unchanged: 1 });
    expect(result.rejected).toEqual([
      { row: 7, errors: [{ column: "单位名称", message: "与第 3 行重复。" }] },
      {
        row: 8,
        errors: [
          { column: "单位类型", message: "不是可选的值，请从下拉列表中选择。" },
          { column: "党员人数", message: "应填写数字。" },
        ],
      },
      {
        row: 9,
        errors: [
          { column: "单位名称", message: "此项为必填项。" },
          { column: "联系电话", message: "请输入有效的电话号码。" },
          { column: "党员人数", message: "不能为负数。" },
        ],
      },
    ]);
    expect(await db.unit.count()).toBe(units);
    expect(await db.import.count({ where: { fileName: "units.xlsx" } })).toBe(0);
  });

  it("refuses a commit while rows are rejected, and with them skipped writes the rest in one go, audited once", async () => {
    const file = await xlsxFile("units-2.xlsx", {
      rows: [UNIT_HEADER, ["市统计局", "机关", "否", "", "", "", 12], ["市气象局", "事业单位", "是", "", "", "", 7], ["市统计局", "机关", "", "", "", "", 1]],
    });
    const refused = await runAs(db, w.admin, importCommitAction("units"), { file: [file] });
    expect(refused).toEqual({ ok: false, error: "还有 1 行有错误。请修改后重新上传，或选择跳过这些行。" });
    expect(await db.unit.count({ where: { name: { in: ["市统计局", "市气象局"] } } })).toBe(0);

    const result = await runOk(db, w.admin, importCommitAction("units"), { file: [file], skipRejected: "on" });
    expect(result).toMatchObject({ created: 2, updated: 0, skipped: 1 });
    const created = await db.unit.findMany({ where: { name: { in: ["市统计局", "市气象局"] } }, orderBy: { name: "asc" } });
    expect(created.map((u) => [u.name, u.kind, u.isWindowService, u.memberCount, u.importId])).toEqual([
      ["市气象局", "INSTITUTION", true, 7, result.importId],
      ["市统计局", "ORGAN", false, 12, result.importId],
    ]);
    const checksum = createHash("sha256").update(new Uint8Array(await file.arrayBuffer())).digest("hex");
    const entries = await db.auditEntry.findMany({ where: { action: "import.units", entityId: String(result.importId) } });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ fileName: "units-2.xlsx", checksum, created: 2, updated: 0, unchanged: 0, skipped: 1, rows: 3 });
  });

  it("is ADMIN's only: others are refused and nothing is written", async () => {
    const file = await xlsxFile("u.xlsx", { rows: [UNIT_HEADER, ["市拒绝局", "机关", "", "", "", "", 1]] });
    for (const user of [w.leader, w.liaisonA, w.villagerA]) {
      expect(await runAs(db, user, importCommitAction("units"), { file: [file] })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
      await expect(preview(user, "units", file)).rejects.toThrow("errors.forbidden");
    }
    expect(await db.unit.count({ where: { name: "市拒绝局" } })).toBe(0);
  });

  it("refuses a file that changed since its preview", async () => {
    const file = await xlsxFile("u.xlsx", { rows: [UNIT_HEADER, ["市变化局", "机关", "", "", "", "", 1]] });
    const result = await runAs(db, w.admin, importCommitAction("units"), { file: [file], checksum: "0".repeat(64) });
    expect(result).toEqual({ ok: false, error: "文件与预览时不同，请重新预览。" });
  });
});

describe("importing villages from a GBK CSV", () => {
  it("reads GBK, UTF-8 and UTF-8 with a BOM alike, and names unknown townships, duplicates and text in number columns", async () => {
    const township = await makeTownship(db, "工农乡");
    await makeVillage(db, township.id, "前进村");
    const rows = [
      ["所属乡镇", "村名", "村党支部书记", "户数", "人口", "党员人数", "贫困户数", "纬度", "经度"],
      ["工农乡", "胜利村", "张德福", "1,280", "3560", "52", "40", "46.9", "128.1"],
      ["工农乡", "前进村", "刘长江", "300", "900", "20", "10", "", ""],
      ["幸福乡", "东风村", "", "100", "300", "8", "2", "", ""],
      ["工农乡", "胜利村", "", "5", "5", "1", "0", "", ""],
      ["工农乡", "红旗村", "", "约200", "600", "-3", "300", "46.9", ""],
    ];
    for (const encoding of ["gbk", "utf-8", "utf-8-bom"] as const) {
      const result = await preview(w.admin, "villages", csvFile(`villages-${encoding}.csv`, rows, encoding));
      expect(result, encoding).toMatchObject({ rows: 5, created: 1, updated: 1, unchanged: 0 });
      expect(result.rejected).toEqual([
        { row: 4, errors: [{ column: "所属乡镇", message: "系统中没有名为“幸福乡”的乡镇。" }] },
        { row: 5, errors: [{ column: "村名", message: "与第 2 行重复。" }] },
        {
          row: 6,
          errors: [
            { column: "户数", message: "应填写数字。" },
            { column: "党员人数", message: "不能为负数。" },
            // 户数 was not read, so poor households are not compared with it.
            { column: "经度", message: "纬度和经度须同时填写，或都不填。" },
          ],
        },
      ]);
    }
    expect(await db.village.count({ where: { name: "胜利村" } })).toBe(0);
    const result = await runOk(db, w.admin, importCommitAction("villages"), { file: [csvFile("v.csv", rows, "gbk")], skipRejected: "on" });
    expect(result).toMatchObject({ created: 1, updated: 1 });
    const created = await db.village.findFirstOrThrow({ where: { name: "胜利村" } });
    expect(created).toMatchObject({ households: 1280, secretary: "张德福", latitude: 46.9, importId: result.importId });
    expect(created.searchText).toContain("工农乡");
    expect(await db.village.findFirstOrThrow({ where: { name: "前进村" } })).toMatchObject({ secretary: "刘长江", importId: null });
  });
});

describe("importing pairings", () => {
  it("reads the day forms Chinese sheets use and Excel serial numbers, and refuses days that do not exist", async () => {
    const township = await makeTownship(db, "双丰镇");
    const villages = [];
    for (const name of ["一村", "二村", "三村", "四村", "五村", "六村"]) villages.push(await makeVillage(db, township.id, name));
    const unit = await makeUnit(db, { name: "市交通局" });
    const header = ["共建单位", "乡镇", "结对村", "结对日期", "共建目标", "联系领导"];
    const file = await xlsxFile("pairings.xlsx", {
      rows: [
        header,
        ["市交通局", "双丰镇", "一村", "2011.9.13", "修路", ""],
        ["市交通局", "双丰镇", "二村", "2011年9月13日", "", ""],
        ["市交通局", "双丰镇", "三村", 40799, "", ""],
        ["市交通局", "双丰镇", "四村", new Date(Date.UTC(2011, 8, 13)), "", ""],
        ["市交通局", "双丰镇", "五村", "2011-02-30", "", ""],
        ["市交通局", "双丰镇", "六村", "13/9/2011", "", ""],
        ["市不存在局", "双丰镇", "七村", "2011-09-13", "", ""],
      ],
      formats: { D5: "yyyy-mm-dd" },
    });
    const result = await preview(w.admin, "pairings", file);
    expect(result).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    expect(result.rejected).toEqual([
      { row: 6, errors: [{ column: "结对日期", message: "不存在这一天，请检查月份和日期。" }] },
      { row: 7, errors: [{ column: "结对日期", message: "日期无法识别，请写作 2011-09-13、2011.9.13、2011/9/13 或 2011年9月13日。" }] },
      {
        row: 8,
        errors: [
          { column: "共建单位", message: "系统中没有名为“市不存在局”的单位。" },
          { column: "结对村", message: "双丰镇没有名为“七村”的村。" },
        ],
      },
    ]);
    const done = await runOk(db, w.admin, importCommitAction("pairings"), { file: [file], skipRejected: "on" });
    const pairings = await db.pairing.findMany({ where: { unitId: unit.id }, orderBy: { villageId: "asc" } });
    expect(pairings.map((p) => [p.villageId, p.startDate.toISOString(), p.status, p.activeKey, p.importId])).toEqual(
      villages.slice(0, 4).map((v) => [v.id, day("2011-09-13").toISOString(), "ACTIVE", `${unit.id}:${v.id}`, done.importId]),
    );
  });
});

const activityHeader = (w: World) => [
  "编号", "共建单位", "乡镇", "结对村", "共建内容", "活动日期", "活动名称", "活动地点", "活动情况", "单位参加人数", "村参加人数",
  `指标${w.count.code}（项）`, `指标${w.money.code}（元）`,
];

describe("importing activities", () => {
  const where = (w: World) => ({ pairingId: { in: [w.pairingA.id, w.pairingB.id] }, title: { startsWith: "导入" } });

  it("names every problem of a liaison's sheet — another unit's pairing, serial dates, formulas, text in number cells, duplicates — and writes nothing", async () => {
    const [unitA, unitB, township, villageA, villageB] = [
      (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name,
      (await db.unit.findUniqueOrThrow({ where: { id: w.unitB.id } })).name,
      w.township.name,
      w.villageA.name,
      w.villageB.name,
    ];
    const file = await xlsxFile("activities.xlsx", {
      rows: [
        activityHeader(w),
        ["", unitA, township, villageA, "服务群众联做", 40653, "导入慰问", "村委会", "", { formula: "3+5", result: 8 }, 15, 2, "5,000元"],
        ["", unitB, township, villageB, "服务群众联做", "2011-04-20", "导入别人的", "", "", 1, 1, "", ""],
        ["", unitA, township, villageA, "组织生活联过", "2011.4.20", "导入公式", "", "", { formula: "A1*2" }, "十五", "", -100],
        ["", unitA, township, villageA, "服务群众联做", "2011-04-20", "导入慰问", "", "", 1, 1, "", ""],
        ["", unitA, township, villageA, "党员队伍联建", "2009-01-01", "导入过早", "", "", 1, 1, 1.5, ""],
      ],
      formats: { F2: "0" },
    });
    const result = await preview(w.liaisonA, "activities", file);
    expect(result).toMatchObject({ rows: 5, created: 1, updated: 0, unchanged: 0 });
    expect(result.rejected).toEqual([
      { row: 3, errors: [{ column: "共建单位", message: `只能导入本单位结对的数据（${unitB} — ${township}${villageB} 不是本单位的结对）。` }] },
      {
        row: 4,
        errors: [
          { column: "单位参加人数", message: "公式没有计算结果，请在 Excel 或 WPS 中打开文件、保存后再导入。" },
          { column: "村参加人数", message: "应填写数字。" },
          { column: `指标${w.money.code}（元）`, message: "不能为负数。" },
        ],
      },
      { row: 5, errors: [{ column: "活动名称", message: "与第 2 行重复。" }] },
      {
        row: 6,
        errors: [
          { column: "活动日期", message: "活动日期不能早于结对开始日期（2010-06-01）。" },
          { column: `指标${w.count.code}（项）`, message: "应填写整数。" },
        ],
      },
    ]);
    expect(await db.activity.count({ where: where(w) })).toBe(0);

    // Committed with the rejected rows skipped: the one good row, as a draft recorded by the liaison.
    const done = await runOk(db, w.liaisonA, importCommitAction("activities"), { file: [file], skipRejected: "on" });
    const created = await db.activity.findMany({ where: where(w), include: { values: { orderBy: { indicatorId: "asc" } } } });
    expect(created.map((a) => ({ pairingId: a.pairingId, day: a.date.toISOString(), status: a.status, by: a.recordedById, importId: a.importId, unitParticipants: a.unitParticipants, values: a.values.map((v) => [v.indicatorId, v.value]) }))).toEqual([
      { pairingId: w.pairingA.id, day: day("2011-04-20").toISOString(), status: "DRAFT", by: w.liaisonA.id, importId: done.importId, unitParticipants: 8, values: [[w.count.id, 2], [w.money.id, 5000]] },
    ]);
  });

  it("refuses a header merged across columns, and fills a merged data cell down", async () => {
    const header = activityHeader(w);
    const merged = await xlsxFile("merged-header.xlsx", { rows: [header.map((h, i) => (i === 12 ? "" : h)), []], merges: ["L1:M1"] });
    await expect(preview(w.admin, "activities", merged)).rejects.toMatchObject({ messageKey: "imports.errors.mergedHeader", params: { row: 1, columns: "L、M" } });
    const unitA = (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name;
    const fill = await xlsxFile("merged-rows.xlsx", {
      rows: [
        header,
        ["", unitA, w.township.name, w.villageA.name, "活动载体联创", "2011-05-01", "导入合并一", "", "", 1, 1, "", ""],
        ["", "", "", "", "活动载体联创", "2011-05-02", "导入合并二", "", "", 1, 1, "", ""],
      ],
      merges: ["B2:B3", "C2:C3", "D2:D3"],
    });
    expect(await preview(w.liaisonA, "activities", fill)).toMatchObject({ created: 2, rejected: [] });
  });

  it("updates an editable activity by its number, leaves a verified one alone when unchanged and refuses to change it", async () => {
    const unitA = (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name;
    const draft = await makeActivity(db, { pairingId: w.pairingA.id, status: "DRAFT", day: "2011-06-01", title: "导入前草稿", area: "ORG_LIFE" });
    const verified = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2011-06-02", title: "导入前已审核", area: "ORG_LIFE" });
    const other = await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED", day: "2011-06-02", title: "别的单位", area: "ORG_LIFE" });
    // Participants blank, as the activities above (not recorded).
    const row = (id: number, title: string, d: string) => [id, unitA, w.township.name, w.villageA.name, "组织生活联过", d, title, "", "", "", "", "", ""];
    const file = await xlsxFile("by-number.xlsx", {
      rows: [activityHeader(w), row(draft.id, "导入后草稿", "2011-06-01"), row(verified.id, "导入前已审核", "2011-06-02"), row(verified.id, "改标题", "2011-06-02"), row(other.id, "别的单位", "2011-06-02")],
    });
    const result = await preview(w.liaisonA, "activities", file);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(result.rejected).toEqual([
      { row: 4, errors: [{ column: "编号", message: "与第 3 行重复。" }] },
      { row: 5, errors: [{ column: "编号", message: `找不到编号为 ${other.id} 的活动。` }] },
    ]);
    const changed = await xlsxFile("changed.xlsx", { rows: [activityHeader(w), row(verified.id, "改标题", "2011-06-02")] });
    expect((await preview(w.liaisonA, "activities", changed)).rejected).toEqual([
      { row: 2, errors: [{ column: "编号", message: `编号为 ${verified.id} 的活动已报送或已审核，不能通过导入修改。` }] },
    ]);
    await runOk(db, w.liaisonA, importCommitAction("activities"), { file: [file], skipRejected: "on" });
    expect(await db.activity.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ title: "导入后草稿", importId: null });
    expect(await db.activity.findUniqueOrThrow({ where: { id: verified.id } })).toMatchObject({ title: "导入前已审核", status: "VERIFIED" });
  });

  it("is refused to leaders and villages, and a file without the required columns is refused as a whole", async () => {
    const file = await xlsxFile("a.xlsx", { rows: [["活动名称", "活动日期"], ["导入无表头", "2011-01-01"]] });
    await expect(preview(w.admin, "activities", file)).rejects.toMatchObject({ messageKey: "imports.errors.missingColumns", params: { columns: "共建单位、乡镇、结对村、共建内容" } });
    for (const user of [w.leader, w.villagerA]) {
      expect(await runAs(db, user, importCommitAction("activities"), { file: [file] })).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    }
  });
});

describe("files that are not what they claim", () => {
  it("names an old .xls, another type, an empty file and a file without rows", async () => {
    const cases: [File, string][] = [
      [new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])], "old.xls"), "imports.errors.oldXls"],
      [new File(["hello"], "notes.docx"), "imports.errors.fileType"],
      [new File([], "empty.csv"), "imports.errors.empty"],
      [csvFile("header-only.csv", [UNIT_HEADER], "utf-8"), "imports.errors.noRows"],
    ];
    for (const [file, key] of cases) await expect(preview(w.admin, "units", file), file.name).rejects.toMatchObject({ messageKey: key });
  });

  it("keeps the pairing a liaison may see to their unit when the file names its id", async () => {
    // A ended pairing of the liaison's unit still holds its history: an activity in its period is accepted.
    const township = await makeTownship(db);
    const village = await makeVillage(db, township.id);
    const pairing = await makePairing(db, w.unitA.id, village.id, day("2010-06-01"));
    expect(pairing.unitId).toBe(w.unitA.id);
    const user = await makeUser(db, "LIAISON", { unitId: w.unitA.id });
    const unitA = (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name;
    const file = await xlsxFile("a.xlsx", { rows: [activityHeader(w), ["", unitA, township.name, village.name, "组织生活联过", "2011-01-05", "导入新村", "", "", 0, 0, "", ""]] });
    expect(await preview(user, "activities", file)).toMatchObject({ created: 1, rejected: [] });
  });
});

describe("templates", () => {
  it("carry Chinese headers marked when required, a note, lists of the fixed values and an example row that imports", async () => {
    const bytes = await templateWorkbook(await importKind("units").columns(db), "共建单位");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("共建单位")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "单位名称*", "单位类型*", "窗口单位/服务行业", "党组织名称", "党组织书记", "联系电话", "党员人数"]);
    expect(sheet.getCell("A1").note).toBe("必填。单位全称，与系统中的名称一致时更新该单位，否则新建。");
    expect(sheet.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ["'选项'!$B$1:$B$3"] });
    expect([1, 2, 3].map((r) => workbook.getWorksheet("选项")!.getCell(`B${r}`).value)).toEqual(["机关", "企业", "事业单位"]);
    const result = await preview(w.admin, "units", new File([new Uint8Array(bytes)], "template.xlsx"));
    expect(result).toMatchObject({ rows: 1, rejected: [] });
    expect(result.created + result.unchanged).toBe(1);
  });
});
