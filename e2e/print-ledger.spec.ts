// The filed ledger must fit A4 portrait in both languages with real data at its longest: a long
// unit name and party organization, an activity carrying twenty indicator values.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { takePhoto } from "../tests/helpers/photos";
import { storageStatePath } from "./accounts";

const UNIT = "黑龙江省伊春市铁力市农村信用合作联社城区第二营业部";
const ORG = "中共黑龙江省伊春市铁力市农村信用合作联社城区第二营业部机关党总支部委员会";
const TITLE = "联社党总支与民主村党支部联合开展送金融知识下乡暨产业发展座谈活动";
// The phone dashboard spec, which runs after this one, checks this total against the source report.
const UNTOUCHED = ["转移农村劳动力"];
// More photos than the sheet prints of one activity (four): the rest are counted in a note.
const PHOTOS = 5;
// A4 (210 × 297 mm) in PDF points of 1/72 inch; Chromium rounds to whole CSS pixels (594.96 × 841.92).
const A4 = { width: 595.28, height: 841.89 };

// An existing unit renamed for the test and named back after it: other specs count the demo's units.
const DEMO_UNIT = "市民政局";

/** Renames a unit and its party organization; returns the organization's name before. */
async function renameUnit(page: Page, from: string, to: string, org: string) {
  await page.goto(`/units?q=${encodeURIComponent(from)}`);
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByRole("link", { name: "编辑" }).click();
  const before = await page.getByLabel("党组织名称").inputValue();
  await page.getByLabel("单位名称").fill(to);
  await page.getByLabel("党组织名称").fill(org);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { name: to })).toBeVisible();
  return before;
}

async function recordLongActivity(page: Page) {
  await page.goto(`/pairings?q=${encodeURIComponent(UNIT)}`);
  const pairingPath = await page.getByRole("link", { name: UNIT, exact: true }).first().getAttribute("href");
  if (!pairingPath) throw new Error("the renamed unit has no pairing");

  await page.goto("/activities/new");
  const pairing = page.getByLabel("结对");
  const pairingValue = await pairing.locator("option", { hasText: UNIT }).getAttribute("value");
  await pairing.selectOption(pairingValue ?? "");
  await page.getByLabel("共建内容").selectOption({ label: "城乡发展联促" });
  // Inside the demo campaign, so the dashboard's default period does not move.
  await page.getByLabel("活动日期").fill("2011-08-30");
  await page.getByLabel("活动名称").fill(TITLE);
  await page.getByLabel("活动地点").fill("铁力镇民主村村民委员会办公楼二楼会议室");
  await page.getByLabel("活动情况").fill("向村民讲解小额信贷政策，座谈发展食用菌产业。".repeat(4));
  await page.getByLabel("单位参加人数").fill("12");
  await page.getByLabel("村参加人数").fill("1280");
  const adder = page.getByTestId("add-indicator");
  const options = await adder.locator("option").evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? "" })));
  const chosen = options.filter((o) => o.value && !UNTOUCHED.some((name) => o.label.includes(name))).slice(0, 20);
  expect(chosen).toHaveLength(20);
  for (const option of chosen) {
    await adder.selectOption(option.value);
    await page.locator(`#value-${option.value}`).fill("1");
  }
  // Scenes of their own, without EXIF: no other spec's photo is near them, so nothing is warned of.
  const photos = await Promise.all(Array.from({ length: PHOTOS }, (_, i) => takePhoto({ scene: 80 + i, width: 800, height: 600 })));
  await page.locator('input[type="file"]').setInputFiles(photos.map((buffer, i) => ({ name: `座谈现场${i + 1}.jpg`, mimeType: "image/jpeg", buffer })));
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByTestId("confirm-action").click();
  await expect(page.getByRole("button", { name: "审核通过" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "更正" })).toBeVisible();
  return pairingPath;
}

/** Every table of the sheet as printed: its width against the sheet's, and cells whose content spills. */
async function printedOverflow(page: Page) {
  return page.getByTestId("print-ledger").evaluate((sheet) => {
    const width = sheet.getBoundingClientRect().width;
    return [...sheet.querySelectorAll("table")].flatMap((table, i) => {
      const wide = table.getBoundingClientRect().width > width + 0.5 ? [`table ${i + 1} is wider than the sheet`] : [];
      const spilling = [...table.querySelectorAll("th, td")]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => `table ${i + 1}: "${cell.textContent?.slice(0, 30)}" spills out of its cell`);
      return [...wide, ...spilling];
    });
  });
}

async function checkPrint(browser: Browser, path: string, locale: "zh-CN" | "en") {
  // The printable width of A4 with 2 cm margins: 170 mm at 96 px to the inch.
  const context = await browser.newContext({ storageState: storageStatePath("admin"), viewport: { width: 643, height: 900 } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL ?? "" }]);
  const page = await context.newPage();
  await page.goto(`/print${path}`);
  await expect(page.getByTestId("print-ledger")).toContainText(TITLE);
  // The activity's first four photos, loaded, and a note of the fifth.
  const photos = page.getByTestId("print-ledger").locator("tr.photos img");
  await expect(photos).toHaveCount(4);
  await expect.poll(() => photos.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await expect(page.getByTestId("print-ledger").locator("tr.photos")).toContainText(locale === "en" ? "5 photos in all" : "共 5 张照片");
  await page.emulateMedia({ media: "print" });
  expect(await printedOverflow(page), locale).toEqual([]);
  const pdf = await page.pdf({ preferCSSPageSize: true, path: test.info().outputPath(`ledger-${locale}.pdf`) });
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.abs(Number(w) - A4.width)).toBeLessThan(1);
    expect(Math.abs(Number(h) - A4.height)).toBeLessThan(1);
  }
  await context.close();
}

test.describe("the print ledger on A4", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("fits A4 portrait in Chinese and English, with long names, twenty indicators and photos", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const demoOrg = await renameUnit(page, DEMO_UNIT, UNIT, ORG);
    const path = await recordLongActivity(page);
    await checkPrint(browser, path, "zh-CN");
    await checkPrint(browser, path, "en");
    await renameUnit(page, UNIT, DEMO_UNIT, demoOrg);
  });
});
