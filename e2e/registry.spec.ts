import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { callAction, captureActionId } from "./server-action";

test.describe("townships and villages as the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("the township list and a township's villages", async ({ page }) => {
    await page.goto("/townships");
    await expect(page.getByTestId("list-total")).toContainText("共 8 条");
    await expect(page.locator("tbody tr").first()).toContainText("铁力镇");
    await page.getByRole("link", { name: "铁力镇" }).click();
    await expect(page.getByRole("heading", { name: "铁力镇" })).toBeVisible();
    await expect(page.locator("tbody tr", { hasText: "满天红村" })).toContainText("市农业局");
  });

  test("creates, edits and deletes a township; one with villages stays", async ({ page }) => {
    await page.goto("/townships/new");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("此项为必填项。")).toBeVisible();
    await page.getByLabel("乡镇名称").fill("铁力镇");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("铁力市已有名为“铁力镇”的乡镇。")).toBeVisible();
    await page.getByLabel("乡镇名称").fill("日月峡镇");
    await page.getByLabel("排列顺序").fill("20");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "日月峡镇" })).toBeVisible();
    await expect(page.getByTestId("empty-state")).toContainText("还没有登记行政村");

    await page.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("乡镇名称").fill("日月峡林场镇");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "日月峡林场镇" })).toBeVisible();
    await page.getByRole("button", { name: "删除" }).click();
    await expect(page.getByRole("dialog")).toContainText("确定要删除“日月峡林场镇”吗？");
    await page.getByTestId("confirm-action").click();
    await expect(page).toHaveURL(/\/townships$/);
    await expect(page.getByTestId("list-total")).toContainText("共 8 条");

    await page.getByRole("link", { name: "铁力镇" }).click();
    await page.getByRole("button", { name: "删除" }).click();
    await page.getByTestId("confirm-action").click();
    await expect(page.getByRole("dialog").getByTestId("alert-error")).toContainText("个行政村，不能删除");
  });

  test("the village list: 76 villages, township filter, search, sorting, pages", async ({ page }) => {
    await page.goto("/villages");
    await expect(page.getByTestId("list-total")).toContainText("共 76 条");
    await page.getByLabel("所属乡镇").selectOption({ label: "铁力镇" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/townshipId=\d+/);
    await expect(page.getByTestId("list-total")).not.toContainText("共 76 条");
    const townships = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(townships.length).toBeGreaterThan(0);
    expect(new Set(townships)).toEqual(new Set(["铁力镇"]));

    await page.goto("/villages?q=赵长山");
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expect(page.locator("tbody tr")).toContainText("满天红村");

    await page.goto("/villages?sort=households&dir=desc");
    const households = (await page.locator("tbody tr td:nth-child(5)").allTextContents()).map(Number);
    expect(households).toEqual([...households].sort((a, b) => b - a));
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page.getByTestId("list-total")).toContainText("第 2/4 页");
  });

  test("creates a village (name unique within its township), edits and deletes it; a paired village stays", async ({ page }) => {
    await page.goto("/villages/new");
    await page.getByLabel("村名").fill("满天红村");
    await page.getByLabel("所属乡镇").selectOption({ label: "铁力镇" });
    await page.getByLabel("村党支部书记").fill("钱学文");
    await page.getByLabel("户数", { exact: true }).fill("10");
    await page.getByLabel("贫困户数").fill("12");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("贫困户数不能大于户数。")).toBeVisible();
    await page.getByLabel("贫困户数").fill("3");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("铁力镇已有名为“满天红村”的行政村。")).toBeVisible();
    await expect(page.getByLabel("村党支部书记")).toHaveValue("钱学文");

    await page.getByLabel("村名").fill("测试新村");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("heading", { name: "测试新村" })).toBeVisible();
    await expect(page.getByText("钱学文")).toBeVisible();
    await expect(page.getByText("该村暂无结对。")).toBeVisible();

    await page.getByRole("link", { name: "编辑" }).click();
    await page.getByLabel("人口").fill("36");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("36", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "删除" }).click();
    await page.getByTestId("confirm-action").click();
    await expect(page).toHaveURL(/\/villages$/);

    await page.goto("/villages?q=满天红村");
    await page.getByRole("link", { name: "满天红村" }).click();
    await page.getByRole("button", { name: "删除" }).click();
    await page.getByTestId("confirm-action").click();
    await expect(page.getByRole("dialog").getByTestId("alert-error")).toContainText("请结束结对");
  });
});

test.describe("the registry for other roles", () => {
  for (const username of ["leader", "liaison"] as const) {
    test(`${username} reads townships and villages without write controls`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const page = await context.newPage();
      await page.goto("/villages?q=满天红村");
      await page.getByRole("link", { name: "满天红村" }).click();
      await expect(page.getByRole("heading", { name: "满天红村" })).toBeVisible();
      for (const name of ["编辑", "新建结对"]) await expect(page.getByRole("link", { name })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "删除" })).toHaveCount(0);
      await page.goto("/townships");
      await expect(page.getByRole("link", { name: "新建乡镇" })).toHaveCount(0);
      for (const path of ["/villages/new", "/townships/new"]) {
        await page.goto(path);
        await expect(page.getByTestId("forbidden")).toBeVisible();
      }
      await context.close();
    });
  }

  test("a village secretary may not open the registry", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("village") });
    const page = await context.newPage();
    for (const path of ["/villages", "/townships"]) {
      await page.goto(path);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    await context.close();
  });

  test("the server refuses registry writes called directly by a leader, a liaison or a village secretary", async ({ browser }) => {
    const admin = await browser.newContext({ storageState: storageStatePath("admin") });
    const adminPage = await admin.newPage();
    await adminPage.goto("/townships/new");
    const createTownshipId = await captureActionId(adminPage, () => adminPage.getByRole("button", { name: "保存" }).click());
    await adminPage.goto("/villages?q=满天红村");
    await adminPage.getByRole("link", { name: "满天红村" }).click();
    const villagePath = new URL(adminPage.url()).pathname;
    await adminPage.getByRole("button", { name: "删除" }).click();
    const deleteVillageId = await captureActionId(adminPage, () => adminPage.getByTestId("confirm-action").click());

    for (const username of ["leader", "liaison", "village"] as const) {
      const context = await browser.newContext({ storageState: storageStatePath(username) });
      const created = await callAction(context.request, "/townships/new", createTownshipId, [{ name: `越权镇${username}` }]);
      expect(created.body).toContain("您没有权限进行此操作。");
      const deleted = await callAction(context.request, villagePath, deleteVillageId, [{ id: Number(villagePath.split("/").pop()) }]);
      expect(deleted.body).toContain("您没有权限进行此操作。");
      await context.close();
    }
    await adminPage.goto("/townships?q=越权镇");
    await expect(adminPage.getByTestId("empty-state")).toBeVisible();
    await admin.close();
  });
});
