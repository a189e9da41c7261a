import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("pages of a long list", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("page numbers, a jump, a page size, and a page past the end that says so", async ({ page }) => {
    await page.goto("/activities");
    const total = page.getByTestId("list-total");
    const summary = (await total.textContent()) ?? "";
    const [, count, pages] = summary.match(/共 ([\d,]+) 条 · 第 1\/(\d+) 页/) ?? [];
    expect(Number(pages)).toBeGreaterThan(10);
    const numbers = page.getByTestId("page-numbers");
    await expect(numbers.getByRole("link", { name: "第 1 页" })).toHaveAttribute("aria-current", "page");
    await numbers.getByRole("link", { name: `第 ${pages} 页` }).click();
    await expect(total).toContainText(`第 ${pages}/${pages} 页`);
    await expect(page.locator("tbody tr").first()).toBeVisible();

    // Jump to page 5 keeping the filters; then 50 to a page.
    await page.goto("/activities?status=VERIFIED");
    const verifiedPages = Number(((await total.textContent()) ?? "").match(/第 1\/(\d+) 页/)?.[1]);
    const jump = page.getByTestId("page-jump");
    await jump.getByLabel("跳至第").fill("5");
    await jump.getByRole("button", { name: "确定" }).click();
    await expect(page).toHaveURL(/status=VERIFIED/);
    await expect(total).toContainText(`第 5/${verifiedPages} 页`);
    await jump.getByLabel("每页").selectOption("50");
    await jump.getByRole("button", { name: "确定" }).click();
    await expect(total).toContainText("第 1/");
    await expect(total).not.toContainText(`第 1/${verifiedPages} 页`);
    await expect(page.locator("tbody tr")).toHaveCount(50);

    // Past the end: not "no activities yet", but where the list ends.
    await page.goto("/activities?page=999");
    await expect(total).toContainText(`共 ${count} 条 · 共 ${pages} 页，没有第 999 页`);
    await expect(page.getByTestId("empty-state")).toContainText(`这一页超出了范围：列表共 ${pages} 页。`);
    await expect(page.getByTestId("empty-state")).not.toContainText("还没有共建活动记录");
    await page.getByTestId("last-page-link").click();
    await expect(total).toContainText(`第 ${pages}/${pages} 页`);
  });
});
