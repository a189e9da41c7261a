// The indicator catalogue: ADMIN adds, edits, retires (the liaison's form stops offering it) and
// deletes an unused indicator; an indicator in use cannot be deleted. Others may not open it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe("the catalogue", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("add, edit, retire, reactivate and delete an indicator", async ({ page, browser }) => {
    await page.goto("/indicators");
    await expect(page.getByRole("heading", { name: "组织建设" })).toBeVisible();
    const used = page.getByRole("row", { name: /发放慰问金/ });
    await expect(used).toContainText("不能删除");
    await expect(used.getByRole("button", { name: "删除" })).toHaveCount(0);

    await page.getByRole("link", { name: "新增指标" }).click();
    await page.getByLabel("代码").fill("Wells Dug");
    await page.getByLabel("中文名称").fill("打井");
    await page.getByLabel("英文名称").fill("Wells dug");
    await page.getByLabel("计量单位（中文）").fill("眼");
    await page.getByLabel("计量单位（英文）").fill("wells");
    await page.getByLabel("分组").selectOption({ label: "农村发展" });
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("代码只能使用小写英文字母")).toBeVisible();
    await expect(page.getByLabel("中文名称")).toHaveValue("打井");
    await page.getByLabel("代码").fill("wells_dug");
    await page.getByRole("button", { name: "保存" }).click();
    const row = page.getByRole("row", { name: /打井/ });
    await expect(row).toContainText("使用中");

    await row.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("中文名称").fill("打机电井");
    await page.getByRole("button", { name: "保存" }).click();
    const renamed = page.getByRole("row", { name: /打机电井/ });
    await renamed.getByRole("button", { name: "停用" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(renamed).toContainText("已停用");

    const liaison = await browser.newContext({ storageState: storageStatePath("liaison") });
    const form = await liaison.newPage();
    await form.goto("/activities/new");
    await expect(form.getByTestId("add-indicator").locator("option", { hasText: "打机电井" })).toHaveCount(0);
    await expect(form.getByTestId("add-indicator").locator("option", { hasText: "发放慰问金" })).toHaveCount(1);

    await renamed.getByRole("button", { name: "重新启用" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(renamed).toContainText("使用中");
    await form.reload();
    await expect(form.getByTestId("add-indicator").locator("option", { hasText: "打机电井" })).toHaveCount(1);
    await liaison.close();

    await renamed.getByRole("button", { name: "删除" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByRole("row", { name: /打机电井/ })).toHaveCount(0);
  });
});

test("the catalogue is the organization department's alone", async ({ browser }) => {
  for (const username of ["leader", "liaison", "village"] as const) {
    const context = await browser.newContext({ storageState: storageStatePath(username) });
    const page = await context.newPage();
    await page.goto("/indicators");
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await context.close();
  }
});
