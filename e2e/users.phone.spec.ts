import { expect, type Page, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 375);
}

test.describe("users on a phone", () => {
  test.use({ storageState: storageStatePath("sysadmin") });

  test("the user list shows cards; a user's page and the new-user form fit the screen", async ({ page }) => {
    await page.goto("/users");
    const cards = page.getByTestId("user-row");
    await expect(cards.filter({ hasText: "liaison2" })).toContainText("市水务局");
    await expectNoSidewaysScroll(page);
    await cards.filter({ hasText: "liaison2" }).getByRole("link").click();
    await expect(page.getByRole("heading", { name: "刘志强" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto("/users/new");
    await page.getByLabel("角色").selectOption({ label: "村党支部书记" });
    await expect(page.getByLabel("所属村")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-user-form.png") });
  });
});

test.describe("my account on a phone", () => {
  test.use({ storageState: storageStatePath("village") });

  test("the change-password form fits the screen", async ({ page }) => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "我的账号" })).toBeVisible();
    await expect(page.getByText("满天红村")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath("phone-account.png") });
  });
});
