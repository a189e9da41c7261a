// Excel in and out in the browser: a liaison uploads a sheet of activities, the preview names the
// bad row, the liaison downloads it with its error, fixes the sheet, previews again and commits;
// the organization department exports the unit list and the file holds what the page shows.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const STAMP = Date.now();
const day = (offset: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() - offset * 86_400_000));
const HEADER = "共建单位,乡镇,结对村,共建内容,活动日期,活动名称,活动地点,活动情况,单位参加人数,村参加人数";

/** A CSV as Chinese Excel saves it: GBK. */
function gbkCsv(rows: string[]) {
  return { name: "活动.csv", mimeType: "text/csv", buffer: iconv.encode([HEADER, ...rows].join("\r\n") + "\r\n", "gbk") };
}

test.describe("the liaison imports activities", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("upload → preview → fix → commit", async ({ page }) => {
    const good = `市农业局,铁力镇,满天红村,服务群众联做,${day(3).replace(/-/g, ".")},导入走访${STAMP},村委会,走访慰问,8,15`;
    const bad = `市农业局,铁力镇,满天红村,组织生活联过,2011-02-30,导入党课${STAMP},,,十二,5`;
    const fixed = `市农业局,铁力镇,满天红村,组织生活联过,${day(2)},导入党课${STAMP},,,12,5`;

    await page.goto("/imports");
    await page.getByTestId("import-kind-activities").click();
    await expect(page.getByRole("heading", { name: "导入共建活动" })).toBeVisible();
    await page.getByLabel("选择文件（.xlsx 或 .csv）").setInputFiles(gbkCsv([good, bad]));
    await page.getByTestId("import-preview").click();

    await expect(page.getByTestId("import-created")).toHaveText("1");
    await expect(page.getByTestId("import-rejected")).toHaveText("1");
    const rejected = page.getByTestId("import-rejected-rows");
    await expect(rejected.getByRole("row").nth(1)).toContainText("3活动日期不存在这一天，请检查月份和日期。");
    await expect(rejected.getByRole("row").nth(2)).toContainText("单位参加人数应填写数字。");

    // The rejected rows come back as a sheet with an error column.
    const downloading = page.waitForEvent("download");
    await page.getByTestId("import-download-rejected").click();
    const download = await downloading;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(11).value).toBe("错误说明");
    expect(sheet.getRow(2).getCell(6).value).toBe(`导入党课${STAMP}`);
    expect(sheet.getRow(2).getCell(11).value).toBe("活动日期：不存在这一天，请检查月份和日期。；单位参加人数：应填写数字。");

    // Fixed and uploaded again: nothing rejected, then committed after a confirmation.
    await page.getByLabel("选择文件（.xlsx 或 .csv）").setInputFiles(gbkCsv([good, fixed]));
    await page.getByTestId("import-preview").click();
    await expect(page.getByTestId("import-created")).toHaveText("2");
    await expect(page.getByTestId("import-rejected")).toHaveText("0");
    await expect(page.getByText("所有行均可导入。")).toBeVisible();
    await page.getByTestId("import-commit").click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByText("导入完成：新增 2 条，更新 0 条，跳过 0 行。")).toBeVisible();

    await page.goto("/activities?mine=1&status=DRAFT");
    await expect(page.getByRole("link", { name: `导入走访${STAMP}` }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: `导入党课${STAMP}` }).first()).toBeVisible();
  });

  test("cannot open the units import", async ({ page }) => {
    await page.goto("/imports/units");
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});

test.describe("the organization department exports", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("the unit list as shown, cell by cell", async ({ page }) => {
    await page.goto("/units?kind=ENTERPRISE&sort=memberCount&dir=desc");
    // What the page shows: name, kind, secretary, party members and pairings of each row.
    const shown = await page.locator("table tbody tr").evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll("td")];
        return [cells[0].querySelector("a")!.textContent!.trim(), ...cells.slice(1).map((c) => c.textContent!.trim())];
      }),
    );
    expect(shown.length).toBeGreaterThan(1);

    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-xlsx").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^共建单位-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "单位名称", "单位类型", "窗口单位/服务行业", "党组织名称", "党组织书记", "联系电话", "党员人数", "结对数"]);
    // The page's rows, cell by cell, in the page's order (the page shows the first 20).
    shown.forEach(([name, kind, secretary, members, pairings], i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(5).value ?? "—", String(row.getCell(7).value), String(row.getCell(8).value)]).toEqual([name, kind, secretary, members, pairings]);
    });
    // And every other enterprise after them, still largest party membership first.
    const counts = Array.from({ length: sheet.rowCount - 1 }, (_, i) => Number(sheet.getRow(i + 2).getCell(7).value));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getRow(r).getCell(2).value).toBe("企业");
  });

  test("nobody without the permission gets a file", async ({ browser }) => {
    const village = await browser.newContext({ storageState: storageStatePath("village") });
    const response = await village.request.get("/api/exports/units?format=csv");
    expect(response.status()).toBe(404);
    const audit = await village.request.get("/api/exports/audit");
    expect(audit.status()).toBe(404);
    await village.close();
  });
});
