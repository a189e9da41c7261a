import { expect, test } from "@playwright/test";
import { storageStatePath } from "./accounts";

test.use({ storageState: storageStatePath("leader") });

test("the dashboard reads on a 375 px phone without sideways scrolling of the page", async ({ page }) => {
  await page.goto("/dashboard?campaign=1"); // the report's campaign
  await expect(page.getByTestId("figure-pledges-total")).toHaveText("231");
  await expect(page.getByTestId("figure-survey-village-org")).toBeVisible();
  await expect(page.getByTestId("chart-monthly").locator("svg.recharts-surface")).toBeVisible();
  // Pair health's table, opened, scrolls sideways inside its frame, not the page.
  await page.getByTestId("pair-health").locator("summary").click();
  await expect(page.getByTestId("health-row").first()).toBeVisible();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

  // The filters work with a thumb: choose a township and apply.
  await page.getByLabel("乡镇", { exact: true }).selectOption({ label: "双丰镇" });
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("period-summary")).toContainText("双丰镇");
  expect(Number(await page.getByTestId("figure-pledges-total").textContent())).toBeLessThan(231);
});

test("a source list fits the phone too", async ({ page }) => {
  await page.goto("/dashboard/sources/indicator/labour_transferred?from=2010-06-01&to=2011-08-31&campaign=1");
  await expect(page.getByTestId("source-total")).toHaveText("1,560 人");
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
