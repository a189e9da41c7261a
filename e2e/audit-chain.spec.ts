// The audit administrator's integrity check of the audit log, in the browser: the audit
// administrator sees the chain whole; every other role, the organization department's included, may not open it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("audit log integrity", () => {
  test.use({ storageState: storageStatePath("auditor") });

  test("reports the demo's chain whole, from its own menu entry", async ({ page }) => {
    await page.goto("/audit");
    await page.getByRole("link", { name: "日志完整性核验" }).click();
    await expect(page.getByRole("heading", { name: "日志完整性核验" })).toBeVisible();
    await expect(page.getByTestId("chain-report")).toContainText(/操作日志完整：\d+ 条记录的哈希链逐条核对无误。/);
    // Only the page's own entry is marked current, not the audit log's as well (the phone menu,
    // hidden at this size, holds the same links).
    await expect(page.locator('nav a[aria-current="page"]:visible')).toHaveText(["日志完整性核验"]);
  });
});

for (const username of ["admin", "sysadmin", "secadmin", "leader", "liaison", "village"] as const) {
  test(`${username} may not open the integrity check`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath(username) });
    const page = await context.newPage();
    await page.goto("/audit/chain");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await context.close();
  });
}
