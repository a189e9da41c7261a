// Assessment, bulletins and write buttons per campaign and region (issue 16): 嘉荫县's department
// assesses and freezes its own campaign and generates a bulletin that holds 嘉荫县 alone; 伊春市's
// reads both counties' work but is offered no button that would change it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe.configure({ mode: "serial" });

test.describe("a county's department (嘉荫县)", () => {
  test.use({ storageState: storageStatePath("jiayin") });

  test("assesses its own campaign and freezes its year", async ({ page }) => {
    await page.goto("/assessments?year=2011&subject=unit");
    const picker = page.getByTestId("campaign-select");
    await expect(picker.locator("option:checked")).toHaveText("嘉荫县城乡结对共建");
    await expect(picker.locator("option")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "县农业局" })).toBeVisible();
    await expect(page.getByRole("link", { name: "市农业局" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/campaign-work-assessment-jiayin.png", fullPage: true });
    await page.getByRole("button", { name: "冻结本年度结果" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByTestId("frozen-note")).toContainText("2011年度考核结果已于");
  });

  test("generates a bulletin that holds 嘉荫县's work only", async ({ page }) => {
    await page.goto("/bulletins");
    const form = page.getByTestId("generate-form");
    await expect(form.getByLabel("共建轮次").locator("option:checked")).toHaveText("嘉荫县城乡结对共建");
    await form.getByLabel("起始日期").fill("2011-03-01");
    await form.getByLabel("截止日期").fill("2011-12-31");
    await form.getByRole("button", { name: "生成简报" }).click();
    await page.waitForURL(/\/bulletins\/\d+$/);
    const main = page.getByRole("main");
    await expect(main).toContainText("朝阳镇");
    await expect(main).toContainText("县农业局");
    await expect(main).not.toContainText("铁力镇");
    await expect(main).not.toContainText("市农业局");
    await page.screenshot({ path: "test-results/campaign-work-bulletin-jiayin.png", fullPage: true });
  });
});

test.describe("the prefecture's department (伊春市)", () => {
  test.use({ storageState: storageStatePath("yichun") });

  test("sees a 铁力市 activity awaiting review without verify or return buttons", async ({ page }) => {
    await page.goto("/activities");
    const tieli = await page.getByTestId("campaign-select").locator("option", { hasText: "百局联百村" }).getAttribute("value");
    await page.goto(`/activities?campaign=${tieli}&status=SUBMITTED`);
    await page.getByTestId("activity-row").first().getByRole("link").first().click();
    await page.waitForURL(/\/activities\/\d+$/);
    await expect(page.getByText("待审核").first()).toBeVisible();
    await expect(page.getByTestId("review-panel")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "审核通过" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "退回" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/campaign-work-activity-yichun.png", fullPage: true });
  });

  test("reads 嘉荫县's frozen assessment and its bulletins, changing neither", async ({ page }) => {
    await page.goto("/assessments?year=2011");
    await expect(page.getByTestId("campaign-select").locator("option")).toHaveCount(2);
    await expect(page.getByTestId("frozen-note")).toBeVisible();
    await expect(page.getByRole("button", { name: /冻结/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "权重与等次设置" })).toHaveCount(0);
    await page.goto("/bulletins");
    await expect(page.getByTestId("generate-form")).toHaveCount(0);
  });

  test("reads its counties' leaders' visits, with nothing to record them for", async ({ page }) => {
    await page.goto("/supervision/visits");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "记录走访" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "指定联系点" })).toHaveCount(0);
  });
});
