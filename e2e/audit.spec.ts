import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("audit log", () => {
  test("the organization department sees each change with before and after", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("admin") });
    const page = await context.newPage();
    // An edit, not a new unit: other specs count the demo's 76 units.
    await page.goto("/units?q=市水务局");
    await page.getByRole("link", { name: "市水务局" }).click();
    await page.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("党组织书记").fill("审计测试书记");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("审计测试书记")).toBeVisible();

    await page.goto("/audit?entity=Unit");
    const row = page.getByRole("row").filter({ hasText: "unit.update" }).first();
    await expect(row).toContainText("admin");
    await row.getByText(/项变更/).click();
    await expect(row).toContainText("secretary");
    await expect(row).toContainText("审计测试书记");
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
