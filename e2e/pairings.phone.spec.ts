import { expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";


/** The page fits the phone's width: nothing makes the whole page scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 375);
}

test.describe("pairings on a phone", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("the pairing list shows cards that can be filtered and opened", async ({ page }) => {
    await page.goto("/pairings");
    const cards = page.getByTestId("pairing-row");
    await expect(cards).toHaveCount(20);
    await expectNoSidewaysScroll(page);
    await page.getByLabel("乡镇").selectOption({ label: "双丰镇" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(cards.first()).toContainText("双丰镇");
    await page.screenshot({ path: test.info().outputPath("phone-pairings.png") });
    await page.goto("/pairings?q=市农业局");
    await page.getByTestId("pairing-row").getByRole("link", { name: /市农业局/ }).click();
    await expect(page.getByRole("heading", { name: "市农业局 ⇄ 满天红村" })).toBeVisible();
    await expect(page.getByTestId("area-counts")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-ledger.png") });
    await page.getByTestId("ledger-timeline").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("phone-ledger-timeline.png") });
  });
});

test.describe("my pairings on a phone", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("a liaison's pairing card leads to the ledger and its print view", async ({ page }) => {
    await page.goto("/pairings");
    await expect(page.getByRole("heading", { name: "我的结对" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-my-pairings.png") });
    await page.getByTestId("pairing-cards").getByRole("link").first().click();
    await page.waitForURL(/\/pairings\/\d+$/);
    const path = new URL(page.url()).pathname;
    await page.goto(`/print${path}`);
    await expect(page.getByTestId("print-ledger")).toContainText("结对共建工作台帐");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-print.png") });
  });
});
