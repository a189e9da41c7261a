// Exports on a real database: the file holds exactly the rows the list shows the user (filters,
// order, scope), cell by cell with Chinese headers, date cells and amounts; and importing an
// export changes nothing (the round trip).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db-client";
import { translatorFor } from "@/i18n/translator";
import { LIST_EXPORTS } from "@/features/exports/lists";
import { sheetStream, type ExportFormat } from "@/features/exports/sheet-writer";
import { ledgerSheets } from "@/features/exports/reports";
import { previewImport } from "@/features/imports/mutations";
import { decodeCsv, parseCsv } from "@/features/imports/csv";
import { asCurrentUser, makeActivity, makeUnit } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";
import { readXlsx } from "../helpers/sheets";
import ExcelJS from "exceljs";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

async function exportBytes(list: keyof typeof LIST_EXPORTS, user: Parameters<typeof asCurrentUser>[0], params: Record<string, string>, format: ExportFormat = "xlsx") {
  const sheet = await LIST_EXPORTS[list].sheet(db, asCurrentUser(user), params);
  return new Uint8Array(await new Response(sheetStream(format, [sheet])).arrayBuffer());
}

describe("exporting activities", () => {
  it("writes the rows the list shows — its filter, its order, the liaison's scope — cell by cell", async () => {
    const a1 = await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2011-04-20", title: "走访慰问", area: "MASS_SERVICE", values: { [w.count.id]: 3, [w.money.id]: 12800 } });
    const a2 = await makeActivity(db, { pairingId: w.pairingA.id, status: "SUBMITTED", day: "2011-05-04", title: "青年党员座谈", area: "ORG_LIFE" });
    await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2010-12-01", title: "去年的", area: "ORG_LIFE" });
    await makeActivity(db, { pairingId: w.pairingB.id, status: "VERIFIED", day: "2011-04-21", title: "别的单位", area: "ORG_LIFE" });
    const rows = await readXlsx(await exportBytes("activities", w.liaisonA, { from: "2011-01-01", sort: "date", dir: "desc" }));
    const unitA = (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name;
    const indicatorHeaders = [`指标${w.count.code}（项）`, `指标${w.money.code}（元）`, `指标${w.retired.code}（项）`];
    expect(rows[0]).toEqual(["编号", "共建单位", "乡镇", "结对村", "共建内容", "活动日期", "活动名称", "活动地点", "活动情况", "单位参加人数", "村参加人数", ...indicatorHeaders, "状态", "村确认"]);
    expect(rows.slice(1)).toEqual([
      // Blank cells (no place, no value) read back as nothing.
      [a2.id, unitA, w.township.name, w.villageA.name, "组织生活联过", new Date("2011-05-04T00:00:00Z"), "青年党员座谈", undefined, undefined, undefined, undefined, undefined, undefined, undefined, "待审核", "待村确认"],
      [a1.id, unitA, w.township.name, w.villageA.name, "服务群众联做", new Date("2011-04-20T00:00:00Z"), "走访慰问", undefined, undefined, undefined, undefined, 3, 12800, undefined, "已审核", "待村确认"],
    ]);
  });

  it("round-trips: importing the export changes nothing", async () => {
    const bytes = await exportBytes("activities", w.liaisonA, {});
    const file = new File([bytes], "活动导出.xlsx");
    const result = await previewImport(db, asCurrentUser(w.liaisonA), "activities", file, translatorFor("zh-CN"));
    const visible = await db.activity.count({ where: { pairing: { unitId: w.unitA.id } } });
    expect(result).toMatchObject({ rows: visible, created: 0, updated: 0, unchanged: visible, rejected: [] });
  });
});

describe("exporting units", () => {
  it("writes a CSV with a BOM that imports back unchanged, in the list's order", async () => {
    await makeUnit(db, { name: "市邮政局" });
    const bytes = await exportBytes("units", w.admin, { sort: "name", dir: "desc" }, "csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(decodeCsv(bytes).text).filter((r) => r.length > 1);
    expect(records[0]).toEqual(["单位名称", "单位类型", "窗口单位/服务行业", "党组织名称", "党组织书记", "联系电话", "党员人数", "结对数"]);
    // The list's own order: names by their pinyin key (issue 9), then id.
    const names = (await db.unit.findMany({ orderBy: [{ sortKey: "desc" }, { id: "asc" }] })).map((u) => u.name);
    expect(records.slice(1).map((r) => r[0])).toEqual(names);
    const result = await previewImport(db, asCurrentUser(w.admin), "units", new File([bytes], "units.csv"), translatorFor("zh-CN"));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: names.length, rejected: [] });
  });

  it("exports villages and pairings that import back unchanged", async () => {
    for (const list of ["villages", "pairings"] as const) {
      const bytes = await exportBytes(list, w.admin, {});
      const result = await previewImport(db, asCurrentUser(w.admin), list, new File([bytes], `${list}.xlsx`), translatorFor("zh-CN"));
      expect(result, list).toMatchObject({ created: 0, updated: 0, rejected: [] });
      expect(result.unchanged, list).toBe(await (list === "villages" ? db.village.count() : db.pairing.count()));
    }
  });
});

describe("exporting a pairing's ledger", () => {
  it("is one workbook, an overview and the records the reader sees, and nothing for another unit's liaison", async () => {
    await makeActivity(db, { pairingId: w.pairingA.id, status: "VERIFIED", day: "2011-07-01", title: "台帐导出活动", area: "DEVELOPMENT", values: { [w.money.id]: 40250 } });
    expect(await ledgerSheets(db, asCurrentUser(w.liaisonB), w.pairingA.id)).toBeNull();
    const ledger = (await ledgerSheets(db, asCurrentUser(w.liaisonA), w.pairingA.id))!;
    const bytes = new Uint8Array(await new Response(sheetStream("xlsx", ledger.sheets)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["概况", "台帐记录"]);
    const unitA = (await db.unit.findUniqueOrThrow({ where: { id: w.unitA.id } })).name;
    expect(workbook.worksheets[0].getRow(2).values).toEqual([undefined, "共建单位", unitA]);
    const records = workbook.worksheets[1];
    const row = Array.from({ length: records.rowCount }, (_, i) => records.getRow(i + 1)).find((r) => String(r.getCell(3).value).includes("台帐导出活动"))!;
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(5).value]).toEqual([new Date("2011-07-01T00:00:00Z"), "共建活动", "城乡发展联促：台帐导出活动", "已审核"]);
    expect(String(row.getCell(4).value)).toContain(`指标${w.money.code} 4.03万元`);
  });
});
