import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("a village's dispute of an activity", () => {
  test("reaches the recording liaison and the organization department, and is resolved by returning it", async ({ browser }) => {
    // The demo has verified activities that villages disputed: the liaison of 市农业局 sees theirs waiting.
    const liaison = await browser.newContext({ storageState: storageStatePath("liaison") });
    const liaisonPage = await liaison.newPage();
    await liaisonPage.goto("/");
    const mine = liaisonPage.getByTestId("queue-disputedMine");
    await expect(mine.getByTestId("queue-count")).not.toHaveText("0");
    await expect(mine.getByTestId("queue-age").first()).toContainText(/已等待 \d+ 天/);

    const admin = await browser.newContext({ storageState: storageStatePath("admin") });
    const page = await admin.newPage();
    await page.goto("/");
    await expect(page.getByTestId("queue-disputed").getByTestId("queue-age").first()).toContainText(/已等待 \d+ 天/);
    await expect(page.getByTestId("queue-pledgesToReview").getByTestId("queue-count")).not.toHaveText("0");
    await page.goto("/dashboard");
    await expect(page.getByTestId("card-disputed")).toContainText(/其中 \d+ 项村里有异议，待组织部处理/);

    // The liaison's first disputed activity, resolved by the department.
    await mine.locator("li a").first().click();
    await liaisonPage.waitForURL(/\/activities\/\d+$/);
    const path = new URL(liaisonPage.url()).pathname;
    await expect(liaisonPage.getByTestId("dispute-open")).toBeVisible();
    await page.goto(path);
    const panel = page.getByTestId("dispute-panel");
    await panel.getByRole("button", { name: "退回联络员" }).click();
    await expect(panel.getByTestId("field-error")).toHaveText("此项为必填项。");
    await panel.getByLabel("处理意见").fill("经核实参加人数有误，请更正后重新报送。");
    await panel.getByRole("button", { name: "退回联络员" }).click();
    await expect(page.getByTestId("dispute-panel")).toHaveCount(0);
    await expect(page.getByText("此活动已被组织部退回，原因：经核实参加人数有误，请更正后重新报送。")).toBeVisible();

    // Back with the liaison, to be put right: returned, with the note as the reason.
    await liaisonPage.reload();
    await expect(liaisonPage.getByText("此活动已被组织部退回，原因：经核实参加人数有误，请更正后重新报送。")).toBeVisible();
    await liaison.close();
    await admin.close();
  });
});
