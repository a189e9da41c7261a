// 年度考核 in the browser: the organization department opens 2011's ranking, follows one unit's
// points to their records, adjusts its score with a reason, and freezes the year; a leader reads it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.describe.configure({ mode: "serial" });

test.describe("the organization department", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("computes, adjusts and freezes a year", async ({ page }) => {
    await page.goto("/assessments?year=2011&subject=unit");
    await expect(page.getByText("2011年度的结果按现有数据实时计算")).toBeVisible();
    const firstRow = page.getByTestId("assessment-row").first();
    await expect(firstRow).toContainText(/良好|优秀|一般|较差/);
    const name = (await firstRow.getByRole("link").textContent())!.trim();
    await firstRow.getByRole("link").click();
    await expect(page.getByRole("heading", { name: `${name} · 2011年度考核得分明细` })).toBeVisible();
    await expect(page.getByTestId("part-coverage")).toContainText(/覆盖 \d\/6 项内容/);
    await expect(page.getByTestId("breakdown-records")).toContainText("已审核活动（按内容）");
    const before = Number(await page.getByTestId("final-score").textContent());

    const adjust = page.getByTestId("adjust-form");
    await adjust.getByLabel("加减分（分）").fill("-3");
    await adjust.getByRole("button", { name: "保存加减分" }).click();
    await expect(adjust.getByText("此项为必填项。")).toBeVisible();
    await expect(adjust.getByLabel("加减分（分）")).toHaveValue("-3");
    await adjust.getByLabel("理由").fill("年中督查发现台帐补记");
    await adjust.getByRole("button", { name: "保存加减分" }).click();
    await expect(page.getByTestId("adjustment-note")).toContainText("加减分 -3.00 分，理由：年中督查发现台帐补记");
    await expect(page.getByTestId("final-score")).toHaveText((Math.round((before - 3) * 100) / 100).toFixed(2));

    await page.getByRole("link", { name: "返回年度考核" }).click();
    await page.getByRole("button", { name: "冻结本年度结果" }).click();
    await page.getByRole("dialog").getByTestId("confirm-action").click();
    await expect(page.getByTestId("frozen-note")).toContainText("2011年度考核结果已于");
    await expect(page.getByTestId("differs-note")).toHaveText("按现有数据重新计算，结果没有变化。");
    await expect(page.getByRole("columnheader", { name: "现在计算" })).toBeVisible();

    await page.getByRole("link", { name }).first().click();
    await expect(page.getByTestId("adjust-form")).toHaveCount(0);
    await expect(page.getByTestId("now-score")).toBeVisible();
  });
});

test.describe("a leader", () => {
  test.use({ storageState: storageStatePath("leader") });

  test("reads the frozen year but changes nothing", async ({ page }) => {
    await page.goto("/assessments?year=2011&subject=village");
    await expect(page.getByTestId("frozen-note")).toBeVisible();
    await expect(page.getByTestId("assessment-row").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "冻结本年度结果" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "解除冻结" })).toHaveCount(0);
    await page.goto("/assessments/settings");
    await expect(page.getByTestId("assessment-settings")).toHaveCount(0);
  });
});
