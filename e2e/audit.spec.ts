import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("audit log", () => {
  test("the organization department sees each change with before and after", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("admin") });
    const page = await context.newPage();
    await page.goto("/units/new");
    await page.getByLabel("单位名称").fill("市审计测试局");
    await page.getByLabel("单位类型").selectOption("INSTITUTION");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "市审计测试局" })).toBeVisible();

    await page.goto("/audit?entity=Unit");
    const row = page.getByRole("row").filter({ hasText: "unit.create" }).first();
    await expect(row).toContainText("admin");
    await row.getByText(/项变更/).click();
    await expect(row).toContainText("市审计测试局");
    await context.close();
  });

  for (const username of ["leader", "liaison", "village"] as const) {
    test(`${username} may not read it`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const page = await context.newPage();
      await page.goto("/audit");
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await context.close();
    });
  }
});
