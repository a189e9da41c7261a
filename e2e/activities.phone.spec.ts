// The whole loop on a 375-px phone, in Chinese: the liaison records and submits an activity with a
// photo → the organization department returns it → the liaison fixes and resubmits → it is
// verified → the village confirms it. Each step signs in as its role.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

const TITLE = `满天红村秋季科技培训 ${Date.now()}`;
// The campaign's last day: the dashboard's default period (its span of reported activities) stays
// the demo campaign, and the relief money is removed before verification, so the source report's
// figures stay exact for the specs that check them on the same server.
const DAY = "2011-08-31";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")]);
let activityPath = "";

test.describe.configure({ mode: "serial" });

test.describe("1. the liaison records and submits", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("from the home page, keeping what was typed through two refusals", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("queue-returned")).toBeVisible();
    await expect(page.getByTestId("queue-myDrafts")).toBeVisible();
    await expect(page.getByTestId("queue-pledgesDue")).toBeVisible();
    const pairings = page.getByTestId("my-pairings");
    await expect(pairings).toContainText("铁力镇满天红村");
    await pairings.getByRole("link", { name: "记录活动" }).first().click();

    await expect(page.getByRole("heading", { name: "记录共建活动" })).toBeVisible();
    await expect(page.getByLabel("结对")).toHaveValue(/\d+/);
    await page.getByLabel("共建内容").selectOption({ label: "城乡发展联促" });
    await page.getByLabel("活动名称").fill(TITLE);
    await page.getByLabel("活动地点").fill("满天红村村委会");
    await page.getByLabel("活动情况").fill("市农业局党支部到村开展大豆种植技术培训。");
    await page.getByLabel("单位参加人数").fill("6");
    await page.getByLabel("村参加人数").fill("42");
    await page.getByTestId("add-indicator").selectOption({ label: "发放慰问金（元）" });
    await page.getByLabel("发放慰问金", { exact: true }).fill("12000");
    await expect(page.getByTestId("money-hint")).toHaveText("单位：元，即 1.2 万元");

    // A date in the future is refused by the server; everything typed stays.
    await page.getByLabel("活动日期").fill("2099-01-01");
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByText("活动日期不能晚于今天。")).toBeVisible();
    await expect(page.getByLabel("活动名称")).toHaveValue(TITLE);
    await expect(page.getByLabel("发放慰问金", { exact: true })).toHaveValue("12000");
    await expect(page.getByLabel("村参加人数")).toHaveValue("42");

    // A program named like a photo is refused by its bytes; the user is asked to pick again.
    await page.getByLabel("活动日期").fill(DAY);
    await page.locator('input[type="file"]').setInputFiles([{ name: "合影.jpg", mimeType: "image/jpeg", buffer: EXE }]);
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByText("文件“合影.jpg”不是 jpg、png、webp 照片或 pdf 文档（按文件内容识别）。")).toBeVisible();
    await expect(page.getByText("请重新选择文件。")).toBeVisible();
    await expect(page.getByLabel("活动名称")).toHaveValue(TITLE);

    await page.locator('input[type="file"]').setInputFiles([{ name: "培训现场.png", mimeType: "image/png", buffer: PNG }]);
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
    await expect(page.getByText("待审核", { exact: true })).toBeVisible();
    await expect(page.getByTestId("activity-values")).toContainText("1.2万元");
    await expect(page.getByTestId("attachments")).toContainText("培训现场.png");
    activityPath = new URL(page.url()).pathname;
    expect(activityPath).toMatch(/^\/activities\/\d+$/);

    // Submitted work is locked for the liaison.
    await expect(page.getByRole("link", { name: "修改" })).toHaveCount(0);
  });
});

test.describe("2. the organization department returns it", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("with a reason, from the list of activities awaiting review", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("queue-toVerify").getByTestId("queue-count")).not.toHaveText("0");
    await page.goto("/activities?status=SUBMITTED&sort=submittedAt&dir=desc");
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.getByTestId("review-panel")).toBeVisible();
    await page.getByRole("button", { name: "退回" }).click();
    await expect(page.getByText("此项为必填项。")).toBeVisible();
    await page.getByLabel("退回原因").fill("慰问金缺少签收名单，请删除；村参加人数与签到表不符。");
    await page.getByRole("button", { name: "退回" }).click();
    await expect(page.getByText("被退回", { exact: true })).toBeVisible();
    await expect(page.getByText("此活动已被组织部退回，原因：慰问金缺少签收名单，请删除；村参加人数与签到表不符。")).toBeVisible();
  });
});

test.describe("3. the liaison fixes and resubmits", () => {
  test.use({ storageState: storageStatePath("liaison") });

  test("from the returned queue on the home page", async ({ page }) => {
    await page.goto("/");
    const returned = page.getByTestId("queue-returned");
    await expect(returned).toContainText("慰问金缺少签收名单");
    await returned.getByRole("link", { name: new RegExp(TITLE) }).click();
    await expect(page.getByText("请修改后重新提交审核。")).toBeVisible();
    await page.getByRole("link", { name: "修改" }).click();
    await expect(page.getByRole("heading", { name: "修改共建活动" })).toBeVisible();
    await expect(page.getByLabel("发放慰问金", { exact: true })).toHaveValue("12000");
    await page.getByRole("button", { name: "移除 发放慰问金" }).click();
    await expect(page.getByText("尚未添加指标。")).toBeVisible();
    await page.getByLabel("村参加人数").fill("38");
    await page.getByRole("button", { name: "提交审核" }).click();
    await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
    await expect(page.getByText("待审核", { exact: true })).toBeVisible();
    await expect(page.getByText("6 人 / 38 人")).toBeVisible();
    await expect(page.getByText("本次活动未填写成效指标。")).toBeVisible();
  });
});

test.describe("4. the organization department verifies it", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("after confirming in a dialog", async ({ page }) => {
    await page.goto(activityPath);
    await page.getByRole("button", { name: "审核通过" }).click();
    await expect(page.getByRole("dialog")).toContainText("计入全市统计数据");
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByText("已审核", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "更正" })).toBeVisible();
    const history = page.getByTestId("activity-history");
    await expect(history.locator("li")).toHaveCount(4);
    await expect(history).toContainText("退回");
    await expect(history).toContainText("审核通过");
  });
});

test.describe("5. the village confirms it", () => {
  test.use({ storageState: storageStatePath("village") });

  test("from its queue of activities awaiting confirmation", async ({ page }) => {
    await page.goto("/");
    const awaiting = page.getByTestId("queue-awaitingActivities");
    await awaiting.getByRole("link", { name: new RegExp(TITLE) }).click();
    await expect(page.getByTestId("countersign")).toBeVisible();
    await page.getByRole("button", { name: "确认属实" }).click();
    await expect(page.getByText("村已确认", { exact: true })).toBeVisible();
    await expect(page.getByTestId("confirmation-status")).toContainText("铁力镇满天红村已确认此活动。");
    // The photo is served to the village, whose pairing it is.
    const image = page.getByTestId("attachments").locator("img");
    await expect(image).toHaveJSProperty("complete", true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  });
});
