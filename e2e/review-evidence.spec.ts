// The review page with an evidence warning: a liaison files a photo taken two years earlier and
// 170 km away; the organization department sees both warnings beside verify and return, with the
// photo's light copy, verifies only with a note, and the dashboard's evidence panel counts it.
import { expect, test } from "@playwright/test";
import { takePhoto } from "../tests/helpers/photos";
import { storageStatePath } from "./accounts";

const TITLE = "走访困难户（照片待核）";
let activityPath = "";

test.describe.configure({ mode: "serial" });

test("a liaison's photo taken long before and far away is warned of on saving", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("liaison") });
  const page = await context.newPage();
  const photo = await takePhoto({ scene: 40, width: 1200, height: 900 }, { takenAt: "2009-06-01 10:00:00", gps: { latitude: 45.75, longitude: 126.65 } });
  await page.goto("/activities/new");
  await page.getByLabel("共建内容").selectOption({ label: "服务群众联做" });
  // Inside the demo campaign, so the dashboard's default period does not move.
  await page.getByLabel("活动日期").fill("2011-08-30");
  await page.getByLabel("活动名称").fill(TITLE);
  await page.locator('input[type="file"]').setInputFiles([{ name: "走访现场.jpg", mimeType: "image/jpeg", buffer: photo }]);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  activityPath = new URL(page.url()).pathname;
  const panel = page.getByTestId("evidence-panel");
  await expect(panel).toContainText("2 条提示");
  await expect(panel).toContainText("比活动日期早 820 天");
  await context.close();
});

test.describe("the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("sees the warnings beside verify and return, with the photo's light copy", async ({ page }, testInfo) => {
    await page.goto(activityPath);
    const panel = page.getByTestId("evidence-panel");
    await expect(panel.getByTestId("evidence-warnings").locator("li")).toHaveCount(2);
    await expect(panel).toContainText("拍摄时间不符");
    await expect(panel).toContainText("拍摄地点不符");
    await expect(page.getByTestId("review-panel")).toBeVisible();

    // Lists and the review page load the thumbnail: small, WebP, kept by the browser for good.
    const thumb = panel.locator("img").first();
    await expect(thumb).toHaveJSProperty("complete", true);
    expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    const src = (await thumb.getAttribute("src")) ?? "";
    expect(src).toMatch(/\?size=thumb&v=[0-9a-f]{8}$/);
    const light = await page.request.get(src);
    expect(light.headers()["content-type"]).toBe("image/webp");
    expect(light.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
    expect((await light.body()).byteLength).toBeLessThan(40_000);
    // The original stays downloadable, never cached.
    const download = page.getByTestId("attachments").getByRole("link", { name: "下载" });
    const original = await page.request.get((await download.getAttribute("href")) ?? "");
    expect([original.status(), original.headers()["content-type"], original.headers()["cache-control"]]).toEqual([200, "image/jpeg", "private, no-store"]);

    const shoot = async (name: string) => {
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: testInfo.outputPath(`review-evidence-${name}-${width}.png`), fullPage: true });
      }
    };
    await shoot("zh");
    await page.getByRole("button", { name: "English" }).first().click();
    await expect(panel).toContainText("Taken at another time");
    await shoot("en");
    await page.getByRole("button", { name: "中文" }).first().click();
    await expect(panel).toContainText("拍摄时间不符");
  });

  test("verifies only with a note, and the note is kept", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(activityPath);
    const form = page.getByTestId("verify-despite");
    await form.getByRole("button", { name: "说明后审核通过" }).click();
    await expect(form.getByTestId("field-error")).toHaveText("此活动有 2 条证据提示，审核通过前请填写审核说明。");
    await expect(page.getByText("待审核", { exact: true })).toBeVisible();
    await form.getByLabel("审核说明").fill("已电话核实：照片为村里存档的旧照，活动当天另有签到表。");
    await form.getByRole("button", { name: "说明后审核通过" }).click();
    await expect(page.getByText("已审核", { exact: true })).toBeVisible();
    await expect(page.getByText("有 2 条证据提示时审核通过：已电话核实")).toBeVisible();
  });

  test("finds it in the list by its warnings and on the dashboard's evidence panel", async ({ page }) => {
    await page.goto("/activities?evidence=warned");
    await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toContainText("证据提示 2");
    await page.goto("/dashboard?campaign=1"); // the report's campaign, where this work was recorded
    const panel = page.getByTestId("evidence-checks");
    await expect(panel.getByTestId("evidence-total")).toHaveText("1");
    await panel.getByRole("link", { name: "1 项" }).click();
    await expect(page.getByTestId("source-total")).toHaveText("1");
    await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  });
});
