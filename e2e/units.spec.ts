import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

test.describe("units as the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("lists the 76 units with search, filters, sorting and pages", async ({ page }) => {
    await page.goto("/units");
    await expect(page.getByTestId("list-total")).toContainText("共 76 条");
    await expect(page.getByRole("row")).toHaveCount(21); // header + 20 per page

    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page.getByTestId("list-total")).toContainText("第 2/4 页");

    await page.getByLabel("搜索", { exact: true }).fill("农业");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByRole("link", { name: "市农业局" })).toBeVisible();
    await expect(page).toHaveURL(/q=%E5%86%9C%E4%B8%9A/);

    await page.goto("/units?kind=ENTERPRISE");
    const kinds = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["企业"]));

    await page.goto("/units?sort=memberCount&dir=desc");
    const counts = (await page.locator("tbody tr td:nth-child(4)").allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("create shows errors next to the fields, keeps what was typed, then saves", async ({ page }) => {
    await page.goto("/units/new");
    await page.getByLabel("党组织书记").fill("张伟");
    await page.getByLabel("联系电话").fill("not a phone");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("alert-error")).toHaveText("请检查标红的内容后再提交。");
    await expect(page.getByText("此项为必填项。")).toBeVisible();
    await expect(page.getByText("请输入有效的电话号码。")).toBeVisible();
    await expect(page.getByLabel("党组织书记")).toHaveValue("张伟");

    await page.getByLabel("单位名称").fill("市农业局");
    await page.getByLabel("单位类型").selectOption("ORGAN");
    await page.getByLabel("联系电话").fill("0458-6123456");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("铁力市已有名为“市农业局”的单位。")).toBeVisible();

    await page.getByLabel("单位名称").fill("市测试服务中心");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "市测试服务中心" })).toBeVisible();
    await expect(page.getByText("张伟")).toBeVisible();

    await page.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("党员人数").fill("12");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "市测试服务中心" })).toBeVisible();
    await expect(page.getByText("12", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "删除" }).click();
    await expect(page.getByRole("dialog")).toContainText("确定要删除“市测试服务中心”吗？");
    await page.getByTestId("confirm-action").click();
    await expect(page).toHaveURL(/\/units$/);
    await page.goto("/units?q=市测试服务中心");
    await expect(page.getByTestId("empty-state")).toBeVisible();
  });

  test("a unit with pairings cannot be deleted, and stays", async ({ page }) => {
    await page.goto("/units?q=市农业局");
    await page.getByRole("link", { name: "市农业局" }).click();
    await page.getByRole("button", { name: "删除" }).click();
    await page.getByTestId("confirm-action").click();
    await expect(page.getByRole("dialog").getByTestId("alert-error")).toContainText("不能删除");
    await page.goto("/units?q=市农业局");
    await expect(page.getByRole("link", { name: "市农业局" })).toBeVisible();
  });
});

test.describe("units for roles that only read", () => {
  for (const username of ["leader", "liaison"] as const) {
    test(`${username} reads but has no write controls, and the new-unit page is forbidden`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const page = await context.newPage();
      await page.goto("/units?q=市农业局");
      await expect(page.getByRole("link", { name: "市农业局" })).toBeVisible();
      await expect(page.getByRole("link", { name: "新建单位" })).toHaveCount(0);
      await page.getByRole("link", { name: "市农业局" }).click();
      await expect(page.getByRole("button", { name: "删除" })).toHaveCount(0);
      await page.goto("/units/new");
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await context.close();
    });
  }

  test("the server refuses their writes even when the action is called directly", async ({ browser }) => {
    // The organization department's browser reveals the action ids (a refused delete changes nothing).
    const admin = await browser.newContext({ storageState: storageStatePath("admin") });
    const adminPage = await admin.newPage();
    await adminPage.goto("/units?q=市农业局");
    await adminPage.getByRole("link", { name: "市农业局" }).click();
    const unitPath = new URL(adminPage.url()).pathname;
    await adminPage.getByRole("button", { name: "删除" }).click();
    const deleteId = await captureActionId(adminPage, () => adminPage.getByTestId("confirm-action").click());

    await adminPage.goto("/units/new");
    const createId = await captureActionId(adminPage, () => adminPage.getByRole("button", { name: "保存" }).click());

    for (const username of ["leader", "liaison"] as const) {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const created = await callAction(context.request, "/units/new", createId, [{ name: `越权单位${username}`, kind: "ORGAN" }]);
      expect(created.body).toContain("您没有权限进行此操作。");
      const deleted = await callAction(context.request, unitPath, deleteId, [{ id: Number(unitPath.split("/").pop()) }]);
      expect(deleted.body).toContain("您没有权限进行此操作。");
      await context.close();
    }

    await adminPage.goto("/units?q=越权单位");
    await expect(adminPage.getByTestId("empty-state")).toBeVisible();
    await admin.close();
  });
});
