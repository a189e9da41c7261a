import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("the phone menu", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("closes once a page is chosen, so the new page's buttons can be tapped", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByTestId("mobile-nav");
    await menu.getByText("菜单").click();
    await menu.getByRole("link", { name: "共建活动" }).click();
    await expect(page).toHaveURL(/\/activities$/);
    await expect(menu).not.toHaveAttribute("open");
    // The page's own first button is tappable: nothing lies over it.
    await page.getByRole("link", { name: "记录活动" }).first().click({ timeout: 5_000 });
    await expect(page).toHaveURL(/\/activities\/new/);

    // Again from that page, to another, and Escape closes it without choosing.
    await menu.getByText("菜单").click();
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await menu.getByText("菜单").click();
    await menu.getByRole("link", { name: "承诺事项" }).click();
    await expect(page).toHaveURL(/\/pledges$/);
    await expect(menu).not.toHaveAttribute("open");
  });
});
