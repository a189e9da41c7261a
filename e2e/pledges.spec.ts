// 承诺 → 践诺 → 评诺 in the browser: the liaison pledges, starts and fulfils; the village disputes;
// the organization department sees the dispute and reviews. Plus scope and the overdue filter.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const CONTENT = `为满天红村联系大豆良种 ${Date.now()}`;
// Due after the demo campaign, so the source report's pledge figures stay as they are.
const inDays = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + days * 86_400_000));
let pledgePath = "";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test.describe.configure({ mode: "serial" });

test.describe("the liaison", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("makes a pledge, sees it due soon, starts and fulfils it", async ({ page }) => {
    await page.goto("/pledges/new");
    await page.getByLabel("承诺内容").fill(CONTENT);
    await page.getByLabel("承诺完成时间").fill(inDays(10));
    await page.getByRole("button", { name: "保存" }).click();
    // A party member's pledge needs the member's name; what was typed stays.
    await expect(page.getByText("此项为必填项。")).toBeVisible();
    await expect(page.getByLabel("承诺内容")).toHaveValue(CONTENT);
    await page.getByLabel("承诺人").fill("张海燕");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已承诺", { exact: true })).toBeVisible();
    pledgePath = new URL(page.url()).pathname;

    await page.goto("/");
    await expect(page.getByTestId("queue-pledgesDue")).toContainText(CONTENT);

    await page.goto(pledgePath);
    await page.getByRole("button", { name: "开始践诺" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByText("践诺中", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "登记完成" }).click();
    await expect(page.getByTestId("fulfil-form").getByText("此项为必填项。")).toBeVisible();
    await page.getByLabel("完成情况").fill("联系种子站调运大豆良种 2 吨，已发放到户。");
    // The evidence carries a photo, as an activity's does.
    await page.getByTestId("fulfil-form").locator('input[type="file"]').setInputFiles([{ name: "良种发放.png", mimeType: "image/png", buffer: PNG }]);
    await page.getByRole("button", { name: "登记完成" }).click();
    await expect(page.getByText("已完成", { exact: true })).toBeVisible();
    await expect(page.getByTestId("fulfilment")).toContainText("大豆良种 2 吨");
    await expect(page.getByTestId("fulfilment").getByRole("img", { name: "良种发放.png" })).toBeVisible();
    await expect(page.getByRole("link", { name: "修改" })).toHaveCount(0);
  });

  test("cannot open another unit's pledge", async ({ browser }) => {
    const water = await browser.newContext({ storageState: storageStatePath("liaison2") });
    const page = await water.newPage();
    await page.goto(pledgePath);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await water.close();
  });
});

test.describe("the village", () => {
  test.use({ storageState: storageStatePath("village") });

  test("disputes the fulfilment with a comment", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("queue-awaitingPledges").getByRole("link", { name: new RegExp(CONTENT) }).click();
    await page.getByRole("button", { name: "提出异议" }).click();
    await expect(page.getByTestId("countersign").getByText("此项为必填项。")).toBeVisible();
    await page.getByLabel("异议说明").fill("实际只收到 1 吨。");
    await page.getByRole("button", { name: "提出异议" }).click();
    await expect(page.getByTestId("confirmation-status")).toContainText("有异议：实际只收到 1 吨。");
  });
});

test.describe("the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("sees the dispute in its queue and reviews the pledge", async ({ page }) => {
    await page.goto("/");
    const disputed = page.getByTestId("queue-disputed");
    await expect(disputed).toContainText(CONTENT);
    await disputed.getByRole("link", { name: new RegExp(CONTENT) }).click();
    await page.getByLabel("评议等次").selectOption({ label: "较好" });
    await page.getByLabel("评语").fill("落实及时，数量待核实。");
    await page.getByRole("button", { name: "保存评议" }).click();
    await expect(page.getByTestId("pledge-review")).toContainText("较好");
    await expect(page.getByTestId("pledge-review")).toContainText("落实及时，数量待核实。");
  });

  test("lists overdue pledges with their mark", async ({ page }) => {
    await page.goto("/pledges?due=overdue");
    await expect(page.getByTestId("list-total")).not.toContainText("共 0 条");
    await expect(page.locator("tbody tr").first()).toContainText("已逾期");
    await page.goto("/pledges?status=FULFILLED");
    await expect(page.locator("tbody tr").first()).toContainText("已完成");
  });
});
