// Excel in and out for the records issue 10 added, in the browser: a liaison imports pledges from
// the pledge list's import button (upload → preview → fix → commit); the department's export of the
// rectification items holds what the page shows; roles without the list get no file (a liaison's
// own-unit scope of the export is proven in tests/db/exports-records.test.ts).
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const STAMP = Date.now();
const HEADER = ["共建单位", "乡镇", "结对村", "承诺主体", "承诺人", "承诺内容", "承诺完成时间"];

async function xlsx(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("承诺");
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return { name: "承诺.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

test.describe("the liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("imports pledges: upload → preview → fix → commit", async ({ page }) => {
    // Due after the demo campaign, so the demo's official figures stay as they are.
    const good = ["市农业局", "铁力镇", "满天红村", "党员个人", "张伟", `联系果树苗${STAMP}`, "2026年12月31日"];
    const bad = ["市农业局", "铁力镇", "满天红村", "党员个人", "李强", `修村路${STAMP}`, "2026-02-30"];
    const fixed = [...bad.slice(0, 6), "2026.12.30"];

    await page.goto("/pledges");
    await page.getByTestId("import-open").click();
    await expect(page.getByRole("heading", { name: "导入承诺" })).toBeVisible();
    await page.getByLabel("选择文件（.xlsx 或 .csv）").setInputFiles(await xlsx([good, bad]));
    await page.getByTestId("import-preview").click();
    await expect(page.getByTestId("import-created")).toHaveText("1");
    await expect(page.getByTestId("import-rejected")).toHaveText("1");
    await expect(page.getByTestId("import-rejected-rows").getByRole("row").nth(1)).toContainText("3承诺完成时间不存在这一天，请检查月份和日期。");

    await page.getByLabel("选择文件（.xlsx 或 .csv）").setInputFiles(await xlsx([good, fixed]));
    await page.getByTestId("import-preview").click();
    await expect(page.getByTestId("import-created")).toHaveText("2");
    await expect(page.getByTestId("import-rejected")).toHaveText("0");
    await page.getByTestId("import-commit").click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByText("导入完成：新增 2 条，更新 0 条，跳过 0 行。")).toBeVisible();

    await page.goto("/pledges?status=PROMISED");
    await expect(page.getByRole("link", { name: `联系果树苗${STAMP}` }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: `修村路${STAMP}` }).first()).toBeVisible();
  });

  test("gets no file of the visits, which are not the liaison's list", async ({ page }) => {
    expect((await page.request.get("/api/exports/visits")).status()).toBe(404);
    expect((await page.request.get("/api/imports/visits/template")).status()).toBe(404);
  });
});

test.describe("the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("exports the rectification items the page shows, cell by cell", async ({ page }) => {
    await page.goto("/supervision/rectifications");
    const shown = await page.getByTestId("rectification-row").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].slice(0, 2).map((c) => c.textContent!.trim())));
    expect(shown.length).toBeGreaterThan(0);
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-xlsx").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^整改事项-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("责任单位");
    expect(sheet.getRow(1).getCell(4).value).toBe("整改事项");
    // The page's rows in the page's order: description and unit, cell by cell.
    const inFile = Array.from({ length: sheet.rowCount - 1 }, (_, i) => [String(sheet.getRow(i + 2).getCell(4).value), String(sheet.getRow(i + 2).getCell(1).value)]);
    expect(inFile.slice(0, shown.length)).toEqual(shown);
  });
});

test("a village account gets no rectification items", async ({ browser }) => {
  const village = await browser.newContext({ storageState: storageStatePath("village") });
  expect((await village.request.get("/api/exports/rectifications")).status()).toBe(404);
  await village.close();
});
