import { expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 375);
}

test.describe("the registry on a phone", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("villages and townships: filters, a list that scrolls within itself, and the detail pages", async ({ page }) => {
    await page.goto("/villages");
    await expectNoSidewaysScroll(page);
    await page.getByLabel("搜索", { exact: true }).fill("满天红");
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByRole("link", { name: "满天红村" }).click();
    await expect(page.getByRole("heading", { name: "满天红村" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-village.png") });

    await page.goto("/townships");
    await expectNoSidewaysScroll(page);
    await page.getByRole("link", { name: "铁力镇" }).click();
    await expect(page.getByRole("heading", { name: "铁力镇" })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.goto("/villages/new");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-village-form.png") });
  });
});
