// The import's cost against a bare parse of the same sheet: 10,000 activity rows of one liaison,
// read, checked and written through the import's commit action, ÷ ExcelJS reading the file alone.
import ExcelJS from "exceljs";
import { importCommitAction } from "../../src/features/imports/mutations";
import { executeAction } from "../../src/server/action-core";
import type { Db } from "../../src/server/db-client";
import { benchLiaison } from "./scale";

const ROWS = 10_000;

export async function importAgainstParse(db: Db, reps: number): Promise<{ importMs: number; parseMs: number; created: number }> {
  const liaison = await db.user.findUniqueOrThrow({ where: { username: benchLiaison(1) } });
  const pairing = await db.pairing.findFirstOrThrow({ where: { unitId: liaison.unitId!, status: "ACTIVE" }, include: { unit: true, village: { include: { township: true } } } });
  const indicator = await db.indicator.findFirstOrThrow({ where: { isMoney: false }, orderBy: { sortOrder: "asc" } });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("活动");
  sheet.addRow(["共建单位", "乡镇", "结对村", "共建内容", "活动日期", "活动名称", "活动地点", "活动情况", "单位参加人数", "村参加人数", `${indicator.labelZh}（${indicator.unitZh}）`]);
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    sheet.addRow([pairing.unit.name, pairing.village.township.name, pairing.village.name, "服务群众联做", day, `导入基准${i}`, "村委会", "走访慰问困难党员。", 8, 15, (i % 7) + 1]);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

  const parseTimes: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    let cells = 0;
    read.worksheets[0].eachRow((row) => (cells += row.cellCount));
    parseTimes.push(performance.now() - t);
  }
  // One import (it writes 10,000 rows): its time is compared with the median parse.
  const t = performance.now();
  const result = await executeAction(importCommitAction("activities"), { db, claims: { id: liaison.id, role: liaison.role, sessionVersion: liaison.sessionVersion }, locale: "zh-CN" }, { file: [new File([bytes], "activities.xlsx")] });
  const importMs = performance.now() - t;
  if (!result.ok) throw new Error(`the import failed: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  parseTimes.sort((a, b) => a - b);
  return { importMs, parseMs: parseTimes[Math.floor(reps / 2)], created: (result.data as { created: number }).created };
}
